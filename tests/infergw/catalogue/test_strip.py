from infergw.catalogue.strip import strip_descriptions


def test_strips_prose_but_keeps_a_field_called_description():
    schema = {
        "description": "prose",
        "type": "object",
        "properties": {
            "description": {"type": "string", "description": "prose", "maxLength": 64},
            "properties": {"type": "object", "description": "x", "properties": {"a": {"description": "y"}}},
        },
        "x-kubernetes-validations": [{"rule": "self.a == 1", "message": "kept"}],
    }
    assert strip_descriptions(schema) == {
        "type": "object",
        "properties": {
            "description": {"type": "string", "maxLength": 64},
            "properties": {"type": "object", "properties": {"a": {}}},
        },
        "x-kubernetes-validations": [{"rule": "self.a == 1", "message": "kept"}],
    }

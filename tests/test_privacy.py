import logging

from fraudwall.privacy import MaskingFilter, mask_entity, mask_key, mask_msisdn, mask_text


def test_mask_msisdn_keeps_prefix_and_last_two():
    assert mask_msisdn("8613800138000") == "861********00"
    assert mask_msisdn("123") == "***"


def test_mask_key_and_entity():
    assert mask_key("IDK000123456") == "ID********56"
    assert mask_entity("msisdn", "8613800138000") == "861********00"
    assert mask_entity("domain", "example.com") == "example.com"


def test_mask_text_hides_numbers_in_free_text():
    text = mask_text("caller 8613800138000 called 8613900139000 for 12 s")
    assert "8613800138000" not in text and "8613900139000" not in text
    assert "12 s" in text


def test_logging_filter_masks_formatted_args():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "number %s id %s", ("8613800138000", "ID_ab12cd34ef"), None)
    MaskingFilter().filter(record)
    msg = record.getMessage()
    assert "8613800138000" not in msg and "ab12cd34ef" not in msg

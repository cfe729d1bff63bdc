"""Hashed n-grams and file reading (encodings, delimiters, clear errors)."""

from __future__ import annotations

import numpy as np
import pytest

from fraudwall.errors import InputError
from fraudwall.models.io import decode_bytes, read_labelled_texts
from fraudwall.models.ngrams import NgramSpec, chunk_entries, fit_idf, hashed_counts, linear_scores, tfidf

from .conftest import write_csv


def test_ngram_counts_per_text_and_boundaries() -> None:
    spec = NgramSpec(char_min=1, char_max=2, word_max=2, bits=12)
    m = hashed_counts(["ab cd", "", "x"], spec)
    # "ab cd": 5 unigrams + 4 bigrams; words ab, cd, "ab cd" -> 12; "" -> 0; "x" -> 1 char + 1 word
    assert m.sum(axis=1).ravel().tolist() == [[12.0, 0.0, 2.0]]
    # no n-gram spans two texts: "ab"+"x" does not create the bigram "bx"
    chars = NgramSpec(char_min=1, char_max=2, word_max=0, bits=12)
    assert hashed_counts(["abx"], chars).sum() == 5
    assert hashed_counts(["ab", "x"], chars).sum(axis=1).ravel().tolist() == [[3.0, 1.0]]


def test_same_text_same_columns_any_batch_or_chunk() -> None:
    spec = NgramSpec(bits=14)
    texts = ["您好，验证码123456", "Call 0800 now", "您好，验证码123456"]
    a = hashed_counts(texts, spec, chunk=1)
    b = hashed_counts(texts, spec)
    assert (a != b).nnz == 0
    assert (a[0] != a[2]).nnz == 0


def test_linear_scores_match_sparse_product() -> None:
    spec = NgramSpec(bits=12)
    texts = ["free prize call now", "see you at lunch", "点击链接领取奖品", "ok"]
    counts = hashed_counts(texts, spec)
    idf = fit_idf(counts[:3])
    rng = np.random.default_rng(0)
    w_full = rng.normal(size=(counts.shape[1], 2))
    seen = np.flatnonzero(idf > 0)
    lookup = np.full(counts.shape[1], -1)
    lookup[seen] = np.arange(len(seen))
    w_full[idf == 0] = 0
    expected = tfidf(counts, idf, spec.bits) @ w_full
    got = linear_scores(texts, spec, lookup, idf[seen].astype(float), w_full[seen])
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)
    rows, cols, cnt = chunk_entries(texts, spec)
    assert np.all(np.diff(rows) >= 0) and cnt.min() >= 1


def test_decode_utf8_gbk_and_error() -> None:
    text = "公安局通知，涉嫌洗钱"
    assert decode_bytes(text.encode("utf-8"), "a") == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"), "a") == text
    assert decode_bytes(text.encode("gbk"), "a") == text
    assert decode_bytes(text.encode("utf-16"), "a") == text
    with pytest.raises(InputError, match="bad.csv"):
        decode_bytes(b"\x81\x30\xff\xff\x00", "bad.csv")


def test_read_gbk_csv_and_tsv(tmp_path, zh_corpus) -> None:
    gbk = write_csv(tmp_path / "gbk.csv", zh_corpus[:20], encoding="gbk")
    tsv = write_csv(tmp_path / "u.tsv", zh_corpus[20:30], delimiter="\t")
    texts, labels = read_labelled_texts([gbk, tsv], "text", "label")
    assert texts == [t for t, _ in zh_corpus[:30]]
    assert labels == [lab for _, lab in zh_corpus[:30]]


def test_read_quotes_in_tsv(tmp_path) -> None:
    path = tmp_path / "q.tsv"
    path.write_text('Label\tSMS\nham\t"quoted" start\nspam\tWin "big"\n', encoding="utf-8")
    texts, labels = read_labelled_texts([path], "SMS", "Label")
    assert texts == ['"quoted" start', 'Win "big"'] and labels == ["ham", "spam"]


def test_clear_errors(tmp_path, zh_corpus) -> None:
    path = write_csv(tmp_path / "d.csv", zh_corpus[:5])
    with pytest.raises(InputError, match=r"no column 'msg'.*'text'"):
        read_labelled_texts([path], "msg", "label")
    with pytest.raises(InputError, match="no column 'lab'"):
        read_labelled_texts([path], "text", "lab")
    with pytest.raises(InputError, match="no such file"):
        read_labelled_texts([tmp_path / "missing.csv"], "text")
    empty = tmp_path / "e.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_labelled_texts([empty], "text")


def test_single_column_file_keeps_commas(tmp_path) -> None:
    path = tmp_path / "one.csv"
    path.write_text('text\nWIN a prize, call now\n您好，验证码123\n"quoted, text"\n', encoding="utf-8")
    texts, labels = read_labelled_texts([path], "text")
    assert texts == ["WIN a prize, call now", "您好，验证码123", "quoted, text"] and labels is None

package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's UTF-8 byte parser, telling where the current property name starts without making a
 * {@code JsonLocation} for it (the reader records the place of every member, and this is the one
 * place Jackson's public API has no cheap getter for), and making plain ASCII strings straight from
 * their bytes. Bytes are always taken as UTF-8 (the format's
 * one encoding), so Jackson's guess of another encoding never applies. Not thread-safe: one per read.
 */
final class PlanParser extends UTF8StreamJsonParser {

  private PlanParser(
      IOContext ctxt, int features, @Nullable InputStream in, @Nullable ObjectCodec codec,
      ByteQuadsCanonicalizer sym, byte[] buffer, int start, int end, boolean recyclable) {
    super(ctxt, features, in, codec, sym, buffer, start, end, recyclable);
  }

  /**
   * Returns a string value; one with no escape and no control character, wholly in the buffer, is
   * made straight from its bytes (one copy for ASCII, the JDK's UTF-8 decoder otherwise), not decoded
   * byte by byte into Jackson's character buffer and copied out again. The bytes a {@code PlanParser}
   * is given are checked as UTF-8 before it sees them ({@link Utf8Input}), so decoding them cannot
   * meet a malformed sequence. Anything else, and any string beyond the length limit, is left to
   * Jackson, which reports what is wrong with it as before. The string is handed to Jackson's text
   * buffer too, so every other accessor of the token sees the same text.
   */
  @Override
  public String getText() throws IOException {
    if (_currToken == JsonToken.VALUE_STRING && _tokenIncomplete) {
      byte[] buf = _inputBuffer;
      int start = _inputPtr;
      int end = _inputEnd;
      int i = start;
      long high = 0;
      // Eight bytes at a time while none is a quote, a backslash or a control character: the lowest
      // byte flagged is exact (a borrow only flags bytes above a true one), and a byte beyond ASCII
      // (its top bit set) flags none of the three.
      while (i + 8 <= end) {
        long w = (long) Utf8Input.LONGS.get(buf, i);
        long quote = w ^ 0x2222222222222222L;
        long escape = w ^ 0x5C5C5C5C5C5C5C5CL;
        long flagged = ((quote - 0x0101010101010101L) & ~quote
            | (escape - 0x0101010101010101L) & ~escape
            | (w - 0x2020202020202020L) & ~w) & 0x8080808080808080L;
        if (flagged != 0) {
          int stop = Long.numberOfTrailingZeros(flagged) >>> 3;
          // Only the bytes before the one flagged count towards "beyond ASCII".
          high |= stop == 0 ? 0 : w & (-1L >>> (64 - 8 * stop));
          i += stop;
          break;
        }
        high |= w;
        i += 8;
      }
      while (i < end) {
        byte c = buf[i];
        if (c == '"') {
          break;
        }
        // A control character or an escape; a negative byte is part of a character beyond ASCII.
        if (c >= 0 && c < 0x20 || c == '\\') {
          return super.getText();
        }
        high |= c & 0x80;
        i++;
      }
      if (i == end || i - start > _streamReadConstraints.getMaxStringLength()) {
        return super.getText();
      }
      String s = new String(buf, start, i - start,
          (high & 0x8080808080808080L) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      _textBuffer.resetWithString(s);
      _inputPtr = i + 1;
      _tokenIncomplete = false;
      return s;
    }
    return super.getText();
  }

  /**
   * Reads the current string value as one of a few known texts, comparing the input's bytes with
   * theirs: no string is made, hashed and looked up. A text matches only when its bytes are followed
   * by the closing quote (the texts hold no quote and no backslash, so no escape can be involved).
   *
   * @return the index of the text matched, its string then being the token's text; or -1, the token
   *     left as it was, when the value is not one of them or is not wholly in the buffer
   */
  int match(Candidates candidates) throws IOException {
    if (_currToken != JsonToken.VALUE_STRING || !_tokenIncomplete) {
      return -1;
    }
    byte[] buf = _inputBuffer;
    int start = _inputPtr;
    int end = _inputEnd;
    byte[][] bytes = candidates.bytes;
    for (int k = 0; k < bytes.length; k++) {
      byte[] c = bytes[k];
      int stop = start + c.length;
      if (stop < end && buf[stop] == '"' && Arrays.equals(buf, start, stop, c, 0, c.length)) {
        String s = candidates.texts[k];
        _textBuffer.resetWithString(s);
        _inputPtr = stop + 1;
        _tokenIncomplete = false;
        return k;
      }
    }
    return -1;
  }

  /** @return the line of the current property name, from 1 */
  int nameLine() {
    return _nameStartRow;
  }

  /** @return the column of the current property name, from 1, in bytes */
  int nameColumn() {
    return _nameStartCol;
  }

  /** @return the byte offset of the current property name */
  long nameOffset() {
    return _currInputProcessed + _nameStartOffset - 1;
  }

  /**
   * Makes {@link PlanParser}s from bytes and byte streams; other inputs as Jackson does. The bytes
   * must have been checked as UTF-8 already: a byte array by {@link Utf8Input#scan}, a stream by
   * being a {@link Utf8Input}.
   */
  static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    Factory(JsonFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) {
      return new PlanParser(ctxt, _parserFeatures, null, _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures), data, offset, offset + len, false);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) {
      return new PlanParser(ctxt, _parserFeatures, in, _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures), ctxt.allocReadIOBuffer(), 0, 0, true);
    }
  }
}

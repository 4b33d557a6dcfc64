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
   * Returns a string value; one of ASCII characters with no escape, wholly in the buffer, is made
   * straight from its bytes (they are characters already), not decoded into Jackson's character
   * buffer and copied out again. Anything else, and any string beyond the length limit, is left to
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
      // Eight bytes at a time while none is a quote, a backslash, a control character or beyond
      // ASCII: the lowest byte flagged is exact (a borrow only flags bytes above a true one).
      while (i + 8 <= end) {
        long w = (long) Utf8Input.LONGS.get(buf, i);
        long quote = w ^ 0x2222222222222222L;
        long escape = w ^ 0x5C5C5C5C5C5C5C5CL;
        long flagged = ((quote - 0x0101010101010101L) & ~quote
            | (escape - 0x0101010101010101L) & ~escape
            | (w - 0x2020202020202020L) & ~w
            | w) & 0x8080808080808080L;
        if (flagged != 0) {
          i += Long.numberOfTrailingZeros(flagged) >>> 3;
          break;
        }
        i += 8;
      }
      while (i < end) {
        byte c = buf[i];
        if (c == '"') {
          break;
        }
        // A control character, a byte of a character beyond ASCII (negative) or an escape.
        if (c < 0x20 || c == '\\') {
          return super.getText();
        }
        i++;
      }
      if (i == end || i - start > _streamReadConstraints.getMaxStringLength()) {
        return super.getText();
      }
      String s = new String(buf, start, i - start, StandardCharsets.ISO_8859_1);
      _textBuffer.resetWithString(s);
      _inputPtr = i + 1;
      _tokenIncomplete = false;
      return s;
    }
    return super.getText();
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

  /** Makes {@link PlanParser}s from bytes and byte streams; other inputs as Jackson does. */
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

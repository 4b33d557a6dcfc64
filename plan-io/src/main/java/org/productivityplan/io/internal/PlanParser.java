package org.productivityplan.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's UTF-8 byte parser, telling where the current property name starts without making a
 * {@code JsonLocation} for it: the reader records the place of every member, and this is the one
 * place Jackson's public API has no cheap getter for. Bytes are always taken as UTF-8 (the format's
 * one encoding), so Jackson's guess of another encoding never applies. Not thread-safe: one per read.
 */
final class PlanParser extends UTF8StreamJsonParser {

  private PlanParser(
      IOContext ctxt, int features, @Nullable InputStream in, @Nullable ObjectCodec codec,
      ByteQuadsCanonicalizer sym, byte[] buffer, int start, int end, boolean recyclable) {
    super(ctxt, features, in, codec, sym, buffer, start, end, recyclable);
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

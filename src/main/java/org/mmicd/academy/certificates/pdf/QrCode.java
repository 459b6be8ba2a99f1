package org.mmicd.academy.certificates.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.Map;

/** A QR code drawn as filled squares, so it stays sharp at any zoom and needs no image. */
final class QrCode {

  private final BitMatrix matrix;

  private QrCode(BitMatrix matrix) {
    this.matrix = matrix;
  }

  static QrCode of(String text) {
    try {
      return new QrCode(
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8")));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
    }
  }

  /** Draws the code with its lower left corner at (x, y), {@code size} points wide. */
  void draw(PdfContentByte canvas, float x, float y, float size) {
    int modules = matrix.getWidth();
    float cell = size / modules;
    canvas.saveState();
    canvas.setRGBColorFill(0, 0, 0);
    for (int row = 0; row < modules; row++) {
      int column = 0;
      while (column < modules) {
        if (!matrix.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < modules && matrix.get(column, row)) {
          column++;
        }
        // One rectangle per run of dark modules in a row keeps the page small.
        canvas.rectangle(
            x + start * cell, y + size - (row + 1) * cell, (column - start) * cell, cell);
      }
    }
    canvas.fill();
    canvas.restoreState();
  }
}

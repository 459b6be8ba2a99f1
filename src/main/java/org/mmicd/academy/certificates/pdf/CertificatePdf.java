package org.mmicd.academy.certificates.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.platform.DomainException;

/**
 * A certificate as an A4 page: the course's certificate title, the learner's name, the course, the
 * date, the signatory, the serial and a QR code that opens the public verification page. The Noto
 * Sans Devanagari fonts are embedded; they also carry Latin-1, so Nepali, Spanish and French names
 * print from one font. Devanagari is shaped by OpenPDF's layout processor (conjuncts, the vowel
 * sign ि before its consonant) and written with its actual text, so that it extracts as typed.
 */
public final class CertificatePdf {

  /** What the page shows, already in the certificate's language. */
  public record Content(
      String title,
      String learnerName,
      String courseTitle,
      String issuedOn,
      String validUntil,
      String signatory,
      String serial,
      String code,
      String verifyUrl,
      Locale locale) {}

  private static final float WIDTH = PageSize.A4.getHeight();
  private static final float HEIGHT = PageSize.A4.getWidth();
  private static final float[] INK = {0.12f, 0.23f, 0.37f};

  private CertificatePdf() {}

  public static byte[] render(Content content) {
    Fonts fonts = Fonts.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
    Document document = new Document(new Rectangle(WIDTH, HEIGHT), 0, 0, 0, 0);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCompressionLevel(6);
    document.addTitle(content.title() + " · " + content.learnerName());
    document.addCreator("MMICD Academy");
    document.open();
    PdfContentByte canvas = writer.getDirectContent();
    frame(canvas);
    Locale locale = content.locale();

    float y = HEIGHT - 80;
    centred(canvas, fonts.bold(), 12, "MMICD ACADEMY", y, INK);
    y -= 44;
    for (String line : wrap(fonts.bold(), 22, content.title(), WIDTH - 180)) {
      centred(canvas, fonts.bold(), 22, line, y, INK);
      y -= 28;
    }
    y -= 16;
    centred(canvas, fonts.regular(), 13, label(locale, "certificate.pdf.certifies"), y, null);
    y -= 52;
    float nameSize = fitting(fonts.bold(), content.learnerName(), 36, WIDTH - 200);
    centred(canvas, fonts.bold(), nameSize, content.learnerName(), y, null);
    line(canvas, WIDTH / 2 - 220, y - 12, WIDTH / 2 + 220, y - 12, 0.6f);
    y -= 40;
    centred(canvas, fonts.regular(), 13, label(locale, "certificate.pdf.completed"), y, null);
    y -= 28;
    for (String line : wrap(fonts.bold(), 16, content.courseTitle(), WIDTH - 220)) {
      centred(canvas, fonts.bold(), 16, line, y, INK);
      y -= 21;
    }
    y -= 10;
    String date = label(locale, "certificate.pdf.issuedOn", content.issuedOn());
    if (content.validUntil() != null) {
      date += "  ·  " + label(locale, "certificate.pdf.validUntil", content.validUntil());
    }
    centred(canvas, fonts.regular(), 12, date, y, null);

    float baseline = 96;
    line(canvas, 90, baseline + 16, 320, baseline + 16, 0.8f);
    text(canvas, fonts.bold(), 12, content.signatory(), 90, baseline);
    text(canvas, fonts.regular(), 9, label(locale, "certificate.pdf.signatory"), 90, baseline - 13);

    float qr = 104;
    float qrX = WIDTH - 80 - qr;
    float qrY = 62;
    QrCode.of(content.verifyUrl()).draw(canvas, qrX, qrY, qr);
    float right = qrX - 14;
    rightAligned(
        canvas,
        fonts.regular(),
        9,
        label(locale, "certificate.pdf.serial") + " " + content.serial(),
        right,
        qrY + 60);
    rightAligned(
        canvas, fonts.regular(), 9, label(locale, "certificate.pdf.verify"), right, qrY + 44);
    rightAligned(canvas, fonts.regular(), 8, content.verifyUrl(), right, qrY + 32);
    rightAligned(canvas, fonts.regular(), 8, content.code(), right, qrY + 20);

    document.close();
    return out.toByteArray();
  }

  private static String label(Locale locale, String key, Object... arguments) {
    return DomainException.format(locale, key, arguments);
  }

  private static void frame(PdfContentByte canvas) {
    canvas.saveState();
    canvas.setRGBColorStrokeF(INK[0], INK[1], INK[2]);
    canvas.setLineWidth(3f);
    canvas.rectangle(22, 22, WIDTH - 44, HEIGHT - 44);
    canvas.stroke();
    canvas.setLineWidth(0.8f);
    canvas.rectangle(32, 32, WIDTH - 64, HEIGHT - 64);
    canvas.stroke();
    canvas.restoreState();
  }

  private static void line(PdfContentByte canvas, float x1, float y1, float x2, float y2, float w) {
    canvas.saveState();
    canvas.setGrayStroke(0.45f);
    canvas.setLineWidth(w);
    canvas.moveTo(x1, y1);
    canvas.lineTo(x2, y2);
    canvas.stroke();
    canvas.restoreState();
  }

  /** Centred by the width of the shaped text: OpenPDF's own centring measures before shaping. */
  private static void centred(
      PdfContentByte canvas, BaseFont font, float size, String text, float y, float[] colour) {
    float x = (WIDTH - width(font, size, text)) / 2;
    canvas.saveState();
    if (colour != null) {
      canvas.setRGBColorFillF(colour[0], colour[1], colour[2]);
    }
    text(canvas, font, size, text, x, y);
    canvas.restoreState();
  }

  private static void rightAligned(
      PdfContentByte canvas, BaseFont font, float size, String text, float right, float y) {
    text(canvas, font, size, text, right - width(font, size, text), y);
  }

  private static void text(
      PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
    canvas.beginText();
    canvas.setFontAndSize(font, size);
    canvas.setTextMatrix(x, y);
    canvas.showText(text);
    canvas.endText();
  }

  static float width(BaseFont font, float size, String text) {
    return (float)
        LayoutProcessor.computeGlyphVector(font, size, text).getLogicalBounds().getWidth();
  }

  /** The largest size up to {@code max} at which the text fits the width, but not below 18 pt. */
  private static float fitting(BaseFont font, String text, float max, float available) {
    float size = max;
    while (size > 18 && width(font, size, text) > available) {
      size -= 2;
    }
    return size;
  }

  /** Breaks the text at spaces into lines no wider than the width; at most three lines. */
  static List<String> wrap(BaseFont font, float size, String text, float available) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(font, size, candidate) > available) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines.size() <= 3 ? lines : lines.subList(0, 3);
  }

  /** The fonts, loaded once per class loader after shaping was switched on. */
  private record Fonts(BaseFont regular, BaseFont bold) {

    private static volatile Fonts loaded;

    static Fonts get() {
      Fonts fonts = loaded;
      if (fonts == null) {
        synchronized (Fonts.class) {
          fonts = loaded;
          if (fonts == null) {
            fonts = load();
            loaded = fonts;
          }
        }
      }
      return fonts;
    }

    private static Fonts load() {
      // Both switches are global and must come before the first font is created.
      if (!LayoutProcessor.isEnabled()) {
        LayoutProcessor.enableKernLiga();
        LayoutProcessor.setWriteActualText();
      }
      try {
        return new Fonts(
            BaseFont.createFont(
                "fonts/NotoSansDevanagari-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
            BaseFont.createFont(
                "fonts/NotoSansDevanagari-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
      } catch (IOException e) {
        throw new UncheckedIOException("the certificate fonts are missing from the classpath", e);
      }
    }
  }
}

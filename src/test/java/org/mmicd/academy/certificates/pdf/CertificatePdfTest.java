package org.mmicd.academy.certificates.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Certificates read back as a verifier would: their text extracted, their QR code decoded. */
public class CertificatePdfTest {

  static final String URL = "https://academy.example.org/verify/ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  static CertificatePdf.Content content(String name, Locale locale) {
    return new CertificatePdf.Content(
        "Certificate of completion: Nepal track",
        name,
        "Nepal track: returning migrant workers, employment and health",
        "30 November 2026",
        null,
        "MMICD Academy",
        "MMICD-2026-000042",
        "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567",
        URL,
        locale);
  }

  /**
   * The page's text as a PDF reader extracts it: shaped Devanagari carries its actual text, which
   * PDFBox reads (OpenPDF's own extractor reads the glyphs, in visual order).
   */
  public static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * The text of the page's QR code, read from the page rendered at 150 dpi, or at 200 or 300 dpi
   * when ZXing's detector misses it there (it misses about one code in 150 at any one resolution,
   * never the same at two).
   */
  public static String qr(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      NotFoundException missed = null;
      for (int dpi : new int[] {150, 200, 300}) {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
        try {
          return new MultiFormatReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                  Map.of(
                      DecodeHintType.POSSIBLE_FORMATS,
                      List.of(BarcodeFormat.QR_CODE),
                      DecodeHintType.TRY_HARDER,
                      Boolean.TRUE))
              .getText();
        } catch (NotFoundException e) {
          missed = e;
        }
      }
      throw missed;
    }
  }

  @Test
  void aNepaliNameInDevanagariIsWrittenAsTyped() throws Exception {
    byte[] pdf = CertificatePdf.render(content("सीता शर्मा", Locale.forLanguageTag("ne")));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String text = text(pdf);
    assertTrue(text.contains("सीता शर्मा"), text);
    assertTrue(text.contains("MMICD-2026-000042"), text);
    assertEquals(URL, qr(pdf));
    java.nio.file.Files.write(java.nio.file.Path.of("/tmp/cert-ne.pdf"), pdf);
  }

  @Test
  void spanishAndFrenchAccentsSurvive() throws Exception {
    byte[] es =
        CertificatePdf.render(content("María José Núñez Cevallos", Locale.forLanguageTag("es")));
    assertTrue(text(es).contains("María José Núñez Cevallos"), text(es));
    byte[] fr = CertificatePdf.render(content("Hélène Raharisoa-Lefèvre", Locale.FRENCH));
    assertTrue(text(fr).contains("Hélène Raharisoa-Lefèvre"), text(fr));
  }
}

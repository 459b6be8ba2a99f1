package org.mmicd.academy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.certificates.pdf.CertificatePdf;

/**
 * How many certificate PDFs one core renders per second: one thread renders Latin and Devanagari
 * names in turn, after a warm-up; the rate is given by wall time and by the thread's CPU time (the
 * figure that holds on a busy machine). Run with {@code mvn -Pbench test}; not part of the tests.
 */
public final class CertificatePdfBench {

  private static final List<String> NAMES =
      List.of(
          "सीता शर्मा",
          "María José Núñez Cevallos",
          "Hélène Raharisoa-Lefèvre",
          "राम बहादुर थापा",
          "Andry Rabemananjara");

  private CertificatePdfBench() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    double[] measured = measure(count);
    double wall = count / measured[0];
    double cpu = count / measured[1];
    double bytes = measured[2] * count;
    System.out.printf(
        Locale.ROOT,
        "%n| certificate PDFs | wall s | CPU s | PDFs/s (wall) | PDFs/s (one core, CPU) | KiB each |%n"
            + "|---|---|---|---|---|---|%n"
            + "| %d | %.2f | %.2f | %.0f | %.0f | %.1f |%n",
        count,
        wall,
        cpu,
        count / wall,
        count / cpu,
        bytes / 1024.0 / count);
  }

  /** PDFs per second by wall time and by CPU time, and the mean size in bytes, after a warm-up. */
  static double[] measure(int count) {
    for (int i = 0; i < 200; i++) {
      render(i);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    for (int i = 0; i < count; i++) {
      bytes += render(i).length;
    }
    double wall = (System.nanoTime() - wallStart) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return new double[] {count / wall, count / cpu, (double) bytes / count};
  }

  private static byte[] render(int i) {
    String name = NAMES.get(i % NAMES.size());
    return CertificatePdf.render(
        new CertificatePdf.Content(
            "Certificate of completion: Mainstreaming migration into international cooperation and"
                + " development",
            name,
            "Mainstreaming migration into international cooperation and development",
            "30 November 2026",
            i % 2 == 0 ? null : "30 November 2029",
            "MMICD Academy",
            String.format(Locale.ROOT, "MMICD-2026-%06d", i + 1),
            "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567",
            "https://academy.example.org/verify/ABCDEFGHIJKLMNOPQRSTUVWXYZ23" + (1000 + i % 9000),
            i % 3 == 0 ? Locale.forLanguageTag("ne") : Locale.ENGLISH));
  }
}

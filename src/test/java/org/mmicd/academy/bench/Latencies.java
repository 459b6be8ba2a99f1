package org.mmicd.academy.bench;

import java.util.Arrays;

/**
 * What one scenario of the benchmark measured: how many requests succeeded over how long, how many
 * failed, and the latency percentiles of the successful ones (nearest rank, in milliseconds).
 */
record Latencies(int ok, int failed, double seconds, double[] sortedMillis) {

  static Latencies of(long[] nanos, int count, int failed, double seconds) {
    double[] millis = new double[count];
    for (int i = 0; i < count; i++) {
      millis[i] = nanos[i] / 1e6;
    }
    Arrays.sort(millis);
    return new Latencies(count, failed, seconds, millis);
  }

  double perSecond() {
    return seconds <= 0 ? 0 : ok / seconds;
  }

  /** The nearest-rank percentile: the smallest value with at least p per cent at or below it. */
  double percentile(double p) {
    if (sortedMillis.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sortedMillis.length);
    return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
  }

  double max() {
    return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
  }
}

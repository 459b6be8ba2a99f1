package org.mmicd.academy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesByNearestRank() {
    long[] nanos = new long[200];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, out of order
    }
    Latencies latencies = Latencies.of(nanos, 100, 3, 2.0);
    assertEquals(50.0, latencies.percentile(50));
    assertEquals(95.0, latencies.percentile(95));
    assertEquals(99.0, latencies.percentile(99));
    assertEquals(100.0, latencies.percentile(100));
    assertEquals(1.0, latencies.percentile(0.5));
    assertEquals(100.0, latencies.max());
    assertEquals(50.0, latencies.perSecond(), "only the successful requests count");
    assertEquals(3, latencies.failed());
  }

  @Test
  void oneSampleIsEveryPercentileAndNoneIsNotANumber() {
    Latencies one = Latencies.of(new long[] {7_500_000L}, 1, 0, 1.0);
    assertEquals(7.5, one.percentile(50));
    assertEquals(7.5, one.percentile(99));
    assertTrue(Double.isNaN(Latencies.of(new long[0], 0, 5, 1.0).percentile(50)));
  }
}

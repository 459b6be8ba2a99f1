package org.mmicd.academy.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a request comes from. Behind a reverse proxy that the operator names (see {@link
 * Settings#trustedProxies()}) it is the last address in X-Forwarded-For that is not one of those
 * proxies; otherwise the connection's own address, since anyone can write that header.
 */
public final class ClientAddress {

  private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private ClientAddress() {}

  public static String of(HttpServletRequest request, Set<String> trustedProxies) {
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(remote)) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!trustedProxies.contains(hop)) {
        return IP.matcher(hop).matches() ? hop : remote;
      }
    }
    return remote;
  }
}

package org.mmicd.academy.identity;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/** The signed-in person's personal access tokens. */
@Named
@ViewScoped
public class TokensPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccessTokenService tokens;
  @Inject CurrentUser currentUser;
  @Inject Messages messages;
  @Inject Clock clock;

  private String name;
  private int days = AccessTokenService.DEFAULT_DAYS;
  private String issuedSecret;

  public List<AccessToken> getTokens() {
    return tokens.tokensOf(currentUser.get());
  }

  public void create() {
    if (name == null || name.isBlank()) {
      messages.error("tokens:name", "tokens.nameRequired");
      return;
    }
    try {
      issuedSecret = tokens.issue(currentUser.get(), name, days).secret();
    } catch (DomainException refused) {
      messages.refused("tokens:" + refused.field(), refused);
      return;
    }
    name = null;
  }

  /** The validities offered on the page, in days. */
  public List<SelectItem> getValidities() {
    return java.util.stream.Stream.of(
            30, AccessTokenService.DEFAULT_DAYS, 180, AccessTokenService.MAX_DAYS)
        .map(d -> new SelectItem(d, messages.text("tokens.days", d)))
        .toList();
  }

  public boolean expired(AccessToken token) {
    return token.expired(clock.instant());
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public void revoke(long id) {
    try {
      tokens.revoke(id, currentUser.get());
    } catch (DomainException problem) {
      messages.refused(problem);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }
}

package org.mmicd.academy.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

  private String name;
  private String issuedSecret;

  public List<AccessToken> getTokens() {
    return tokens.tokensOf(currentUser.get());
  }

  public void create() {
    if (name == null || name.isBlank()) {
      messages.error("tokens:name", "tokens.name");
      return;
    }
    issuedSecret = tokens.issue(currentUser.get(), name.strip()).secret();
    name = null;
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

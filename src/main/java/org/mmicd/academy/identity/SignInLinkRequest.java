package org.mmicd.academy.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address to mail a sign-in link to ("forgot your password?"). */
public record SignInLinkRequest(
    @NotBlank(message = "an e-mail address is required")
        @Email(message = "is not an e-mail address")
        @Size(max = 254)
        String email) {}

package org.mmicd.academy.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person gives to open an account. */
public record Registration(
    @NotBlank(message = "an e-mail address is required")
        @Email(message = "is not an e-mail address")
        @Size(max = 254)
        String email,
    @NotBlank(message = "a name is required") @Size(max = 200) String displayName,
    @NotBlank(message = "a password is required")
        @Size(min = 10, max = 200, message = "must be between 10 and 200 characters")
        String password,
    @Size(min = 2, max = 2, message = "must be an ISO 3166 alpha-2 code such as NP") String country,
    @Size(max = 200) String organisation,
    String language,
    String timeZone) {}

package dev.stepwise.engine.http.load;

/** A user the endpoint acknowledged creating, with what it answered: the values the check expects back. */
public record LoadUser(String username, String email, String sub, boolean confirmed) {
}

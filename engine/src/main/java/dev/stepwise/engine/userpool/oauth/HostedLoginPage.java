package dev.stepwise.engine.userpool.oauth;

/**
 * The hosted login page's HTML: one small self-contained page (no scripts, inline style) per step. Every form posts
 * to {@code /login} and carries the sign-in's opaque key in the hidden field {@value #LOGIN_FIELD}; the password
 * never leaves the request it came in.
 */
final class HostedLoginPage {

    static final String LOGIN_FIELD = "login_session";
    static final String USERNAME_FIELD = "username";
    static final String PASSWORD_FIELD = "password";
    static final String CODE_FIELD = "code";
    static final String NEW_PASSWORD_FIELD = "new_password";
    static final String MFA_TYPE_FIELD = "mfa_type";

    private static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0}"
            + "main{max-width:22rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;"
            + "box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:1.3rem;margin:0 0 1rem}"
            + "label{display:block;margin:.8rem 0 .3rem;font-size:.9rem}"
            + "input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.5rem;"
            + "border:1px solid #aab;border-radius:4px}button{margin-top:1.2rem;width:100%;padding:.6rem;"
            + "border:0;border-radius:4px;background:#2563eb;color:#fff;font-size:1rem}"
            + ".error{color:#b91c1c;background:#fef2f2;padding:.5rem;border-radius:4px}"
            + ".hint{color:#555;font-size:.9rem}";

    private HostedLoginPage() {
    }

    /** The first step: user name (or e-mail) and password. */
    static String signIn(String loginKey, String username, String error) {
        return page("Sign in", error, form(loginKey,
                "<label for=\"username\">Username or email</label>"
                + "<input type=\"text\" id=\"username\" name=\"" + USERNAME_FIELD + "\" value=\""
                + escape(username) + "\" autocomplete=\"username\" required autofocus>"
                + "<label for=\"password\">Password</label>"
                + "<input type=\"password\" id=\"password\" name=\"" + PASSWORD_FIELD
                + "\" autocomplete=\"current-password\" required>", "Sign in"));
    }

    /** An MFA code: texted, e-mailed (to {@code destination}) or from an authenticator app. */
    static String mfaCode(String loginKey, String challengeName, String destination, String error) {
        String hint = switch (challengeName) {
            case "SOFTWARE_TOKEN_MFA" -> "Enter the code from your authenticator app.";
            case "EMAIL_OTP" -> "We sent a code by email to " + destination + ".";
            default -> "We sent a code by text message to " + destination + ".";
        };
        return page("Verification code", error, "<p class=\"hint\">" + escape(hint) + "</p>" + form(loginKey,
                "<label for=\"code\">Code</label><input type=\"text\" id=\"code\" name=\"" + CODE_FIELD
                        + "\" inputmode=\"numeric\" autocomplete=\"one-time-code\" required autofocus>", "Sign in"));
    }

    /**
     * MFA_SETUP: the pool requires MFA and the user has none, so an authenticator app is set up here — its secret as
     * text and as the {@code otpauth://} URI that authenticator apps import — and its first code finishes the sign-in.
     */
    static String authenticatorSetup(String loginKey, String secret, String username, String poolId, String error) {
        String uri = "otpauth://totp/" + urlPart(poolId) + ":" + urlPart(username) + "?secret=" + secret
                + "&issuer=" + urlPart(poolId);
        return page("Set up an authenticator app", error, "<p class=\"hint\">Multi-factor authentication is required."
                + " Add this key to your authenticator app, then enter the code it shows.</p>"
                + "<p><code id=\"secret\">" + escape(secret) + "</code></p>"
                + "<p class=\"hint\"><a href=\"" + escape(uri) + "\">Open in an authenticator app</a></p>"
                + form(loginKey, "<label for=\"code\">Code</label><input type=\"text\" id=\"code\" name=\"" + CODE_FIELD
                        + "\" inputmode=\"numeric\" autocomplete=\"one-time-code\" required autofocus>", "Verify"));
    }

    private static String urlPart(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** SELECT_MFA_TYPE: the user has several second factors and picks one. */
    static String selectMfaType(String loginKey, java.util.List<String> choices, String error) {
        StringBuilder options = new StringBuilder();
        for (String choice : choices) {
            String label = switch (choice) {
                case "SOFTWARE_TOKEN_MFA" -> "Authenticator app";
                case "EMAIL_OTP" -> "Code by email";
                default -> "Code by text message";
            };
            options.append("<label><input type=\"radio\" name=\"").append(MFA_TYPE_FIELD).append("\" value=\"")
                    .append(escape(choice)).append("\" required> ").append(escape(label)).append("</label>");
        }
        return page("Choose a sign-in method", error, form(loginKey, options.toString(), "Continue"));
    }

    /** NEW_PASSWORD_REQUIRED: the temporary password must be replaced. */
    static String newPassword(String loginKey, String error) {
        return page("Change password", error, "<p class=\"hint\">Please enter a new password.</p>" + form(loginKey,
                "<label for=\"new_password\">New password</label><input type=\"password\" id=\"new_password\" "
                        + "name=\"" + NEW_PASSWORD_FIELD + "\" autocomplete=\"new-password\" required autofocus>",
                "Change password"));
    }

    /** A request the page cannot serve, and cannot send back to the application. */
    static String error(String error, String description) {
        return page("Something went wrong", null, "<p class=\"error\">" + escape(error) + "</p><p>"
                + escape(description) + "</p>");
    }

    private static String form(String loginKey, String fields, String submit) {
        return "<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"" + LOGIN_FIELD
                + "\" value=\"" + escape(loginKey) + "\">" + fields + "<button type=\"submit\">" + escape(submit)
                + "</button></form>";
    }

    private static String page(String title, String error, String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body><main><h1>" + escape(title) + "</h1>"
                + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>")
                + content + "</main></body></html>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

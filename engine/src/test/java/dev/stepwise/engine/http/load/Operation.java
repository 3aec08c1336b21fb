package dev.stepwise.engine.http.load;

/** What a client of the load run does in one request. */
public enum Operation {
    /** SignUp of a new user (its password hashed: as costly as a sign-in). */
    SIGN_UP,
    /** InitiateAuth with USER_PASSWORD_AUTH (a password hash to verify). */
    SIGN_IN,
    /** GetUser with the client's access token. */
    GET_USER,
    /** StartExecution of the small STANDARD machine. */
    START_EXECUTION,
    /** DescribeExecution of one of the client's started executions. */
    DESCRIBE_EXECUTION
}

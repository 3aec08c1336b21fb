package dev.stepwise.engine.sfn;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Step Functions ARNs of one Region and account: making them, and reading the names back out of them. */
final class Arns {

    private static final String PREFIX = "arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:";
    private static final String NAME = "([^:#\\s]+)";
    private static final Pattern STATE_MACHINE = Pattern.compile(PREFIX + "stateMachine:" + NAME + "(?:#(.*))?");
    private static final Pattern EXECUTION = Pattern.compile(PREFIX + "(execution|express):" + NAME + ":" + NAME
            + "(?::" + NAME + ")?");
    private static final Pattern ANY = Pattern.compile(PREFIX + "([A-Za-z]+):.+");
    /** Characters a state machine or execution name must not contain, besides white space and controls. */
    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private final String prefix;

    Arns(String region, String accountId) {
        this.prefix = "arn:aws:states:" + region + ":" + accountId + ":";
    }

    String stateMachine(String name) {
        return prefix + "stateMachine:" + name;
    }

    String execution(String machineName, String executionName) {
        return prefix + "execution:" + machineName + ":" + executionName;
    }

    /** EXPRESS executions carry a run id after their name. */
    String expressExecution(String machineName, String executionName, String runId) {
        return prefix + "express:" + machineName + ":" + executionName + ":" + runId;
    }

    /** A state machine ARN, possibly suffixed {@code #TestCase} (Step Functions Local's mock test cases). */
    record MachineRef(String arn, String name, String testCase) {
    }

    static MachineRef stateMachineRef(String arn) {
        Matcher m = STATE_MACHINE.matcher(arn);
        if (!m.matches()) {
            throw wrongArn(arn);
        }
        String testCase = m.group(2);
        if (testCase != null && testCase.isEmpty()) {
            throw StepFunctionsException.invalidArn(arn);
        }
        return new MachineRef(testCase == null ? arn : arn.substring(0, arn.indexOf('#')), m.group(1), testCase);
    }

    /** A plain state machine ARN (no test case). */
    static MachineRef plainStateMachine(String arn) {
        MachineRef ref = stateMachineRef(arn);
        if (ref.testCase() != null) {
            throw StepFunctionsException.invalidArn(arn);
        }
        return ref;
    }

    /** Checks an execution ARN; returns whether it is an EXPRESS one. */
    static boolean checkExecution(String arn) {
        Matcher m = EXECUTION.matcher(arn);
        if (!m.matches()) {
            throw wrongArn(arn);
        }
        return m.group(1).equals("express");
    }

    /** AWS names the resource type when a well-formed ARN of another kind is given. */
    private static StepFunctionsException wrongArn(String arn) {
        Matcher any = ANY.matcher(arn);
        if (any.matches()) {
            return new StepFunctionsException("InvalidArn",
                    "Invalid Arn: 'Resource type not valid in this context: " + any.group(1).toLowerCase() + "'");
        }
        return StepFunctionsException.invalidArn(arn);
    }

    /** AWS's rule for state machine and execution names; the problem, if the name breaks it. */
    static Optional<String> nameProblem(String name) {
        if (name.isEmpty() || name.length() > 80) {
            return Optional.of("must be 1 to 80 characters long");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c <= 0x1F || (c >= 0x7F && c <= 0x9F) || FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of("must not contain '" + c + "'");
            }
        }
        return Optional.empty();
    }

    static void checkName(String name) {
        if (nameProblem(name).isPresent()) {
            throw new StepFunctionsException("InvalidName", "Invalid Name: '" + name + "'");
        }
    }
}

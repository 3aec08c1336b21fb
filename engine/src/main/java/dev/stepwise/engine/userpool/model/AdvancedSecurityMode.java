package dev.stepwise.engine.userpool.model;

/**
 * A pool's threat protection ({@code UserPoolAddOns.AdvancedSecurityMode}); AUDIT and ENFORCED need the PLUS plan.
 * With ENFORCED, new passwords known to be compromised are refused.
 */
public enum AdvancedSecurityMode {
    OFF, AUDIT, ENFORCED
}

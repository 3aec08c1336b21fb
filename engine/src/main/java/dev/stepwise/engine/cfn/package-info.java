/**
 * Importing state machines from infrastructure code: CloudFormation and SAM templates (JSON or YAML, short-form tags
 * such as {@code !Sub} included) and CDK synth output ({@code cdk.out}).
 */
package dev.stepwise.engine.cfn;

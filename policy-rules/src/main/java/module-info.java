/**
 * Directive 311.40 as Drools rules: {@link io.github.smpolicy.rules.PolicyEvaluator}, the agency
 * profile, the clause catalogue ({@code io.github.smpolicy.rules}); the facts and conclusions agency
 * rules are written against ({@code io.github.smpolicy.rules.api}); the text reading of the built-in
 * analyser ({@code io.github.smpolicy.rules.text}). The executable model of the standard rules
 * ({@code io.github.smpolicy.rules.internal.model}) is not exported.
 */
module io.github.smpolicy.rules {
    requires transitive io.github.smpolicy.model;
    requires org.slf4j;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.compiler;
    requires org.drools.kiesession;
    requires org.drools.mvel;
    requires org.drools.modelcompiler;
    requires org.drools.canonicalmodel;
    // named by the generated model
    requires org.drools.util;
    // build time only: RuleModelGenerator, which the jar leaves out
    requires static org.drools.model.codegen;
    requires static org.drools.codegen.common;
    requires static org.kie.util.maven.support;

    exports io.github.smpolicy.rules;
    exports io.github.smpolicy.rules.api;
    exports io.github.smpolicy.rules.text;
}

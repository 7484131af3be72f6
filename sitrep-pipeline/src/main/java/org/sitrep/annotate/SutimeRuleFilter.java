package org.sitrep.annotate;

import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets SUTime skip the rules that cannot match what it reads. TokensRegex tries every rule at every
 * start token and builds its match states for each try, whatever the tokens are; that bookkeeping,
 * not the matching, is most of SUTime's cost on a short window. A rule whose pattern needs some
 * element to match a node ("ago", a month name, a number tag) cannot match a sequence with none,
 * and is not tried there.
 *
 * <p>What a pattern needs is read off its structure, so skipping changes nothing: each part of a
 * sequence is needed, one of the alternatives of a choice (any element matching the first need of
 * any alternative), a repeated part only if it must occur at least once, and nothing from optional
 * parts, back references or special nodes. Only nodes that test an element's own annotations (a
 * string, a regular expression, a number, presence) count as needs: they are pure functions of the
 * element, as the matcher calls them. CoreNLP's own rule trigger ({@code collapseExtractionRules})
 * is not used because it takes a node inside one alternative as a need of the whole pattern.
 *
 * <p>The rules sit in package-private fields of CoreNLP's extractor; they are wrapped once, when
 * the extractor is made, and reflection failing (another CoreNLP version) leaves SUTime as it is.
 */
final class SutimeRuleFilter {
    /** Node tests that look only at one annotation of the element. */
    private static final Set<String> PURE_TESTS = Set.of("StringAnnotationPattern", "StringAnnotationRegexPattern",
            "StringInSetAnnotationPattern", "NumericAnnotationPattern", "NilAnnotationPattern", "NotNilAnnotationPattern");

    private SutimeRuleFilter() {}

    /** One need of a pattern: some element of the sequence matches one of these nodes. */
    private record Need(List<NodePattern<CoreMap>> nodes) {
        boolean metBy(List<? extends CoreMap> sequence) {
            for (CoreMap element : sequence) {
                for (NodePattern<CoreMap> node : nodes) {
                    if (matches(node, element)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether the node matches; a test that fails on this element (a number where it expects text) cannot rule it out. */
        private static boolean matches(NodePattern<CoreMap> node, CoreMap element) {
            try {
                return node.match(element);
            } catch (RuntimeException e) {
                return true;
            }
        }
    }

    /**
     * A rule tried only on sequences that meet its pattern's needs. The sequence is the input itself
     * (composite rules) or the tokens the rule reads from the sentence (basic rules).
     */
    private record FilteredRule<I, O>(SequenceMatchRules.ExtractRule<I, O> rule, Class<?> tokensKey, List<Need> needs)
            implements SequenceMatchRules.ExtractRule<I, O> {
        @Override
        @SuppressWarnings("unchecked")
        public boolean extract(I in, List<O> out) {
            Object sequence = in instanceof CoreMap map ? map.get((Class) tokensKey) : in;
            if (sequence instanceof List<?> list) {
                for (Need need : needs) {
                    if (!need.metBy((List<? extends CoreMap>) list)) {
                        return false;
                    }
                }
            }
            return rule.extract(in, out);
        }
    }

    /** Wraps the rules of SUTime's extractor that have needs; returns how many were wrapped, 0 if it could not. */
    static int install(TimeExpressionExtractor sutime) {
        try {
            Object extractor = field(sutime, "expressionExtractor");
            if (!(extractor instanceof CoreMapExpressionExtractor<?>)) {
                return 0;
            }
            int wrapped = 0;
            for (Object stage : ((Map<?, ?>) field(extractor, "stages")).values()) {
                for (String rules : List.of("basicExtractRule", "compositeExtractRule")) {
                    if (field(stage, rules) instanceof SequenceMatchRules.ListExtractRule<?, ?> list) {
                        wrapped += wrap(list);
                    }
                }
            }
            return wrapped;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int wrap(SequenceMatchRules.ListExtractRule<?, ?> list) throws ReflectiveOperationException {
        List<SequenceMatchRules.ExtractRule> rules = (List<SequenceMatchRules.ExtractRule>) field(list, "rules");
        int wrapped = 0;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) instanceof SequenceMatchRules.AnnotationExtractRule rule && rule.pattern instanceof SequencePattern<?> pattern) {
                List<Need> needs = needs(field(pattern, "patternExpr"));
                if (!needs.isEmpty()) {
                    Class<?> tokensKey = rule.extractRule instanceof SequenceMatchRules.CoreMapExtractRule<?, ?> tokens
                            ? (Class<?>) field(tokens, "annotationField") : rule.tokensAnnotationField;
                    rules.set(i, new FilteredRule<>(rule, tokensKey, needs));
                    wrapped++;
                }
            }
        }
        return wrapped;
    }

    /** What every match of the pattern expression needs; empty when nothing is known to be needed. */
    @SuppressWarnings("unchecked")
    private static List<Need> needs(Object expression) throws ReflectiveOperationException {
        String kind = expression.getClass().getSimpleName();
        switch (kind) {
            case "NodePatternExpr" -> {
                NodePattern<CoreMap> node = (NodePattern<CoreMap>) field(expression, "nodePattern");
                return isPure(node) ? List.of(new Need(List.of(node))) : List.of();
            }
            case "SequencePatternExpr", "AndPatternExpr" -> {
                List<Need> all = new ArrayList<>();
                for (Object part : (List<?>) field(expression, "patterns")) {
                    all.addAll(needs(part));
                }
                return all;
            }
            case "OrPatternExpr" -> {
                List<NodePattern<CoreMap>> anyOf = new ArrayList<>();
                for (Object alternative : (List<?>) field(expression, "patterns")) {
                    List<Need> needs = needs(alternative);
                    if (needs.isEmpty()) {
                        return List.of();
                    }
                    anyOf.addAll(needs.get(0).nodes());
                }
                return List.of(new Need(anyOf));
            }
            case "RepeatPatternExpr" -> {
                return (int) field(expression, "minMatch") >= 1 ? needs(field(expression, "pattern")) : List.of();
            }
            case "GroupPatternExpr" -> {
                return needs(field(expression, "pattern"));
            }
            case "ValuePatternExpr" -> {
                return needs(field(expression, "expr"));
            }
            default -> {
                return List.of();
            }
        }
    }

    /** A node that tests only annotations of the element: a string, a regular expression, a number or presence. */
    private static boolean isPure(NodePattern<?> node) {
        if (!(node instanceof CoreMapNodePattern pattern)) {
            return false;
        }
        List<Pair<Class, NodePattern>> tests = ((ComplexNodePattern<CoreMap, Class>) pattern).getAnnotationPatterns();
        return !tests.isEmpty() && tests.stream().allMatch(test -> PURE_TESTS.contains(test.second().getClass().getSimpleName())
                && test.second().getClass().getEnclosingClass() == ComplexNodePattern.class);
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(name);
    }
}

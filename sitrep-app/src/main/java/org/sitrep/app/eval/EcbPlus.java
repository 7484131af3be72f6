package org.sitrep.app.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the ECB+ layout: {@code ECB+/<topic>/<topic>_<n>ecb(plus).xml} (CAT XML: tokens, markables,
 * relations) and {@code ECBplus_coreference_sentences.csv}. A document's text is its tokens joined
 * by spaces, one sentence per line; sentence 0 of an ecbplus file (its source URL) is left out so
 * it cannot leak the sub-topic. Gold event mentions are the action markables in the sentences
 * selected for annotation, as the release recommends; each belongs to its cross-document chain, its
 * within-document chain, or is a singleton.
 */
final class EcbPlus {
    private EcbPlus() {}

    /** One gold event mention: character span in its document's text, and its chain. */
    record GoldMention(String document, int start, int end, String chain) {}

    /**
     * One document: name, gold sub-topic (topic plus ecb/ecbplus), text, gold event mentions, and
     * the character spans of the sentences selected for annotation.
     */
    record EcbDocument(String name, String subTopic, String text, List<GoldMention> mentions, List<int[]> annotated) {
        boolean isAnnotated(int offset) {
            return annotated.stream().anyMatch(s -> s[0] <= offset && offset < s[1]);
        }
    }

    static List<EcbDocument> read(Path root) throws IOException {
        Map<String, Set<Integer>> selected = selectedSentences(root.resolve("ECBplus_coreference_sentences.csv"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("ECB+"))) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no ECB+ documents under " + root.resolve("ECB+"));
        }
        List<EcbDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(readDocument(file, selected));
        }
        return documents;
    }

    private static Map<String, Set<Integer>> selectedSentences(Path csv) throws IOException {
        Map<String, Set<Integer>> selected = new HashMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] cells = line.split(",");
            if (cells.length == 3 && cells[2].strip().matches("\\d+")) {
                selected.computeIfAbsent(cells[0].strip() + "_" + cells[1].strip(), k -> new HashSet<>())
                        .add(Integer.parseInt(cells[2].strip()));
            }
        }
        return selected;
    }

    private static EcbDocument readDocument(Path file, Map<String, Set<Integer>> selected) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".xml".length());
        boolean plus = stem.endsWith("ecbplus");
        String topic = stem.substring(0, stem.indexOf('_'));
        Element root = parse(file);
        StringBuilder text = new StringBuilder();
        Map<String, int[]> tokenSpans = new HashMap<>();
        Map<String, Integer> tokenSentence = new HashMap<>();
        Set<Integer> annotated = selected.getOrDefault(stem, Set.of());
        Map<Integer, int[]> sentenceSpans = new java.util.TreeMap<>();
        NodeList tokens = root.getElementsByTagName("token");
        int previousSentence = -1;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            if (plus && sentence == 0) {
                continue;
            }
            if (previousSentence >= 0) {
                text.append(sentence != previousSentence ? "\n" : " ");
            }
            previousSentence = sentence;
            int start = text.length();
            text.append(t.getTextContent().strip());
            tokenSpans.put(t.getAttribute("t_id"), new int[] {start, text.length()});
            tokenSentence.put(t.getAttribute("t_id"), sentence);
            if (annotated.contains(sentence)) {
                sentenceSpans.computeIfAbsent(sentence, x -> new int[] {start, 0})[1] = text.length();
            }
        }
        Map<String, String> chainOf = chains(root, name);
        List<GoldMention> mentions = new ArrayList<>();
        for (Element markable : children(firstChild(root, "Markables"))) {
            String tag = markable.getTagName();
            List<Element> anchors = children(markable);
            if (!(tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_")) || anchors.isEmpty()) {
                continue;
            }
            String first = anchors.get(0).getAttribute("t_id");
            String last = anchors.get(anchors.size() - 1).getAttribute("t_id");
            if (!tokenSpans.containsKey(first) || !annotated.contains(tokenSentence.get(first))) {
                continue;
            }
            String id = markable.getAttribute("m_id");
            mentions.add(new GoldMention(name, tokenSpans.get(first)[0], tokenSpans.get(last)[1],
                    chainOf.getOrDefault(id, name + "#" + id)));
        }
        return new EcbDocument(name, topic + (plus ? "plus" : "ecb"), text.toString(), mentions,
                List.copyOf(sentenceSpans.values()));
    }

    /** Mention id → chain id: cross-document chains by instance id, within-document ones by target. */
    private static Map<String, String> chains(Element root, String name) {
        Map<String, String> chainOf = new HashMap<>();
        Element relations = firstChild(root, "Relations");
        if (relations == null) {
            return chainOf;
        }
        for (Element relation : children(relations)) {
            String chain;
            if (relation.getTagName().equals("CROSS_DOC_COREF")) {
                chain = relation.getAttribute("note");
            } else if (relation.getTagName().equals("INTRA_DOC_COREF")) {
                chain = name + "#intra" + relation.getAttribute("r_id");
            } else {
                continue;
            }
            // A cross-document relation's target is the chain's descriptor, which has no tokens.
            for (Element member : children(relation)) {
                chainOf.put(member.getAttribute("m_id"), chain);
            }
        }
        return chainOf;
    }

    private static Element parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Element firstChild(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}

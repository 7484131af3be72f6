package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Token;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Stage;

/**
 * Adds the descriptions that stand for a place named shortly before as mentions of that place:
 * "Rebels shelled Aleppo. Thousands fled the city." The description's head says what kind of
 * place it takes ("city": a town; "town", "village": a town other than a national capital; "capital": a
 * national or provincial capital; "country": a country; "province", "governorate": a first-level
 * division), up to two modifiers may stand between ("the divided city"), and the antecedent is the latest such place within {@link #REACH} sentences. A
 * description followed by "of" names its place itself ("the city of Raqqa") and is left alone, as is
 * one with no such place before it.
 */
public final class PlaceDescriptionResolver implements Stage {
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    private static final Map<String, Predicate<Place>> KINDS = Map.of(
            "city", Place::isPopulatedPlace, "town", PlaceDescriptionResolver::townOrVillage, "village", PlaceDescriptionResolver::townOrVillage,
            "capital", p -> "PPLC".equals(p.featureCode()) || "PPLA".equals(p.featureCode()), "country", Place::isCountry,
            "province", Place::isFirstLevelDivision, "governorate", Place::isFirstLevelDivision);
    private static final int MODIFIERS = 2;
    /** How many sentences back the place may be named. */
    static final int REACH = 2;

    @Override
    public String name() {
        return "resolve-place-descriptions";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.PLACES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.PLACES);
    }

    @Override
    public Document apply(Document document) {
        List<PlaceMention> places = document.layer(Layers.PLACES);
        List<Token> tokens = document.layer(Layers.TOKENS);
        String text = document.text();
        // Where people fled to is not the place the story goes on about ("… said a clan elder who fled to Beledweyne.
        // Troops would retake the town").
        List<PlaceMention> antecedents = places.stream().filter(p -> !Refuge.fledTo(text, p)).toList();
        List<PlaceMention> found = new ArrayList<>(places);
        for (int i = 0; i < tokens.size(); i++) {
            if (!DETERMINERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int head = i + 1;
            while (head < tokens.size() && head - i <= MODIFIERS && isModifier(tokens.get(head))) {
                head++;
            }
            if (head >= tokens.size() || tokens.get(head).sentence() != tokens.get(i).sentence()) {
                continue;
            }
            Predicate<Place> kind = KINDS.get(tokens.get(head).word().toLowerCase(Locale.ROOT));
            boolean namesItself = head + 1 < tokens.size() && tokens.get(head + 1).word().equalsIgnoreCase("of");
            if (kind == null || namesItself || !tokens.get(head).pos().startsWith("NN")) {
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(head);
            PlaceMention antecedent = antecedents.stream()
                    .filter(p -> p.end() <= first.start() && kind.test(p.place()) && Tokens.sentenceAt(p.start(), tokens) >= first.sentence() - REACH)
                    // "turned to Russian mercenaries … out of the country": a nationality qualifying a noun is no place to name again.
                    .filter(p -> !tokens.get(Tokens.firstEndingAfter(p.start(), tokens)).pos().equals("JJ"))
                    .max(Comparator.comparingInt(PlaceMention::start)).orElse(null);
            if (antecedent != null) {
                found.add(new PlaceMention(first.start(), last.end(), document.text().substring(first.start(), last.end()), antecedent.place()));
            }
        }
        found.sort(Comparator.comparingInt(PlaceMention::start));
        return document.with(Layers.PLACES, found);
    }

    /** A town or a village is no national capital ("MOGADISHU — … attacked the town" is about another). */
    private static boolean townOrVillage(Place p) {
        return p.isPopulatedPlace() && !"PPLC".equals(p.featureCode());
    }

    private static boolean isModifier(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN") && !t.word().equalsIgnoreCase("been");
    }

}

package org.sitrep.model;

/** The layers the pipeline knows about, each a typed key. */
public final class Layers {
    private Layers() {}

    public static final LayerKey<Sentence> SENTENCES = new LayerKey<>("sentences", Sentence.class);
    public static final LayerKey<Token> TOKENS = new LayerKey<>("tokens", Token.class);
    public static final LayerKey<EntityMention> ENTITIES = new LayerKey<>("entities", EntityMention.class);
    /** Nationality and community words ("Iraqi", "Kurdish", "Yazidi"), typed NATIONALITY or COMMUNITY. */
    public static final LayerKey<EntityMention> IDENTITIES = new LayerKey<>("identities", EntityMention.class);
    public static final LayerKey<TimeExpression> TIMEX = new LayerKey<>("timex", TimeExpression.class);
    public static final LayerKey<ActorMention> ACTORS = new LayerKey<>("actors", ActorMention.class);
    public static final LayerKey<PlaceMention> PLACES = new LayerKey<>("places", PlaceMention.class);
    public static final LayerKey<Attribution> ATTRIBUTIONS = new LayerKey<>("attributions", Attribution.class);
    public static final LayerKey<Quantity> QUANTITIES = new LayerKey<>("quantities", Quantity.class);
    public static final LayerKey<EventMention> EVENTS = new LayerKey<>("events", EventMention.class);
}

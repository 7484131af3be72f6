package org.sitrep.link;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unit-length sentence embeddings from the in-process all-MiniLM-L6-v2 model, quantised (shipped in a Maven
 * artifact, no download). Short texts that recur (event triggers) are cached; ledes are not.
 */
public final class Embeddings {
    private static volatile Embeddings shared;

    /** One model per process: loading it takes a second and a few hundred megabytes. */
    public static Embeddings shared() {
        if (shared == null) {
            synchronized (Embeddings.class) {
                if (shared == null) {
                    shared = new Embeddings();
                }
            }
        }
        return shared;
    }

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    /** The embedding of a short text that recurs, such as a trigger word, kept for the next call. */
    public float[] cached(String text) {
        return cache.computeIfAbsent(text, this::of);
    }

    public float[] of(String text) {
        return normalise(model.embed(text).content().vector());
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float length = (float) Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = length == 0 ? 0 : v[i] / length;
        }
        return out;
    }
}

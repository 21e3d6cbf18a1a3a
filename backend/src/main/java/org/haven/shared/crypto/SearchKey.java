package org.haven.shared.crypto;

import java.io.Serializable;
import java.util.Objects;

/**
 * The searchable stand-in of an encrypted value (see {@link FieldEncryptor#searchKey}): an entity
 * field of this type, with {@code @Convert(converter = SearchKeyConverter.class)}, stores the
 * keyed hash of the text it was made {@linkplain #of of}. Read back, it holds only the stored
 * hash, which is written again as it is. As a query parameter compared with such a field it
 * finds the rows whose value equals the text (after normalisation).
 */
public final class SearchKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final String stored;

    private SearchKey(String text, String stored) {
        this.text = text;
        this.stored = stored;
    }

    /** The search key of a value, computed when it is written or compared. */
    public static SearchKey of(String text) {
        return new SearchKey(Objects.requireNonNull(text), null);
    }

    static SearchKey stored(String stored) {
        return new SearchKey(null, stored);
    }

    String toColumn(FieldEncryptor encryptor) {
        return stored != null ? stored : encryptor.searchKey(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchKey key && Objects.equals(text, key.text) && Objects.equals(stored, key.stored);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, stored);
    }

    /** Never the text: a search key stands for a personal value. */
    @Override
    public String toString() {
        return "SearchKey";
    }
}

package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;

import org.haven.shared.crypto.EncryptedColumns.Table;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Key rotation re-encrypts the columns {@link EncryptedColumns} lists: every entity field (of an
 * entity, or of an embeddable in a collection table) with an encrypting converter or a search key
 * must be there, and nothing else but the columns encrypted without an entity.
 */
class EncryptedColumnsTest {

    private static final Set<Class<?>> ENCRYPTING = Set.of(EncryptedStringConverter.class,
            EncryptedBooleanConverter.class);
    private static final Set<String> WRITTEN_WITHOUT_AN_ENTITY = Set.of("import_job_batch.report");

    @Test
    void everyEncryptedFieldOfEveryEntityIsRotated() throws Exception {
        Set<String> encrypted = new TreeSet<>();
        Set<String> searchKeys = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        for (var candidate : scanner.findCandidateComponents("org.haven")) {
            Class<?> entity = Class.forName(candidate.getBeanClassName());
            collect(entity, entity.getAnnotation(jakarta.persistence.Table.class).name(), encrypted, searchKeys);
        }

        Set<String> listed = new TreeSet<>();
        Set<String> listedKeys = new TreeSet<>();
        for (Table table : EncryptedColumns.ALL) {
            table.encrypted().forEach(column -> listed.add(table.name() + "." + column));
            table.searchKeys().keySet().forEach(column -> listedKeys.add(table.name() + "." + column));
        }
        // Encrypted by FieldEncryptor outside an entity (JDBC): the reports of CSV import jobs.
        encrypted.addAll(WRITTEN_WITHOUT_AN_ENTITY);
        assertThat(listed).isEqualTo(encrypted).contains("family_member.first_name", "offer.address");
        assertThat(listedKeys).isEqualTo(searchKeys).containsExactly("family_member.first_name_key");
    }

    private static void collect(Class<?> type, String table, Set<String> encrypted, Set<String> searchKeys)
            throws ClassNotFoundException {
        for (Field field : type.getDeclaredFields()) {
            CollectionTable collection = field.getAnnotation(CollectionTable.class);
            if (collection != null && field.getGenericType() instanceof ParameterizedType list) {
                collect((Class<?>) list.getActualTypeArguments()[0], collection.name(), encrypted, searchKeys);
            }
            Convert convert = field.getAnnotation(Convert.class);
            if (convert == null) {
                continue;
            }
            String column = table + "." + column(field);
            if (ENCRYPTING.contains(convert.converter())) {
                encrypted.add(column);
            } else if (convert.converter() == SearchKeyConverter.class) {
                searchKeys.add(column);
            }
        }
    }

    /** The column's name as Spring's naming strategy makes it: the one given, or the field's in snake case. */
    private static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        return field.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}

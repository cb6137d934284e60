package io.fastjpa.internal;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The persistence unit FastJPA builds for a database instead of reading a {@code persistence.xml}: the provider scans
 * the application's class roots for entities (with {@code listedOnly}, it maps the managed classes only) and gets its connections from the data source (the JTA one in a JTA
 * unit), or, without one, from the JDBC settings in the properties map.
 */
@SuppressWarnings("deprecation") // PersistenceUnitTransactionType moved in JPA 3.2; the SPI still returns the old one.
final class UnitInfo implements PersistenceUnitInfo {

    private final String name;
    private final String providerClassName;
    private final URL root;
    private final List<URL> jarFiles;
    private final List<String> managedClasses;
    private final Properties properties;
    private final ClassLoader classLoader;
    private final DataSource dataSource;
    private final boolean jta;
    private final boolean listedOnly;

    UnitInfo(
            String name,
            String providerClassName,
            URL root,
            List<URL> jarFiles,
            List<String> managedClasses,
            Properties properties,
            ClassLoader classLoader,
            DataSource dataSource,
            boolean jta,
            boolean listedOnly) {
        this.name = name;
        this.providerClassName = providerClassName;
        this.root = root;
        this.jarFiles = List.copyOf(jarFiles);
        this.managedClasses = List.copyOf(managedClasses);
        this.properties = properties;
        this.classLoader = classLoader;
        this.dataSource = dataSource;
        this.jta = jta;
        this.listedOnly = listedOnly;
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return providerClassName;
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return jta ? PersistenceUnitTransactionType.JTA : PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    // The container's DataSource, in a JTA unit.
    @Override
    public DataSource getJtaDataSource() {
        return jta ? dataSource : null;
    }

    // FastJPA's HikariCP pool or the container's DataSource; null when the provider connects by itself.
    @Override
    public DataSource getNonJtaDataSource() {
        return jta ? null : dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return jarFiles;
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return root;
    }

    @Override
    public List<String> getManagedClassNames() {
        return managedClasses;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return root == null || listedOnly;
    }

    // Only entities annotated @Cacheable go to the shared cache: a cache on by default serves stale rows as soon as
    // a second instance of the application or any other client writes to the database.
    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.ENABLE_SELECTIVE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.AUTO;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.2";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    // No weaving: FastJPA has no agent to apply class transformers, and tells the provider so.
    @Override
    public void addTransformer(ClassTransformer transformer) {}

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }

    // Jakarta Persistence 3.2 methods, declared without @Override so the class also loads against 3.1.

    /** @return no CDI scope for the unit's EntityManager: FastJPA registers its own beans */
    public String getScopeAnnotationName() {
        return null;
    }

    /** @return no CDI qualifiers: FastJPA registers its own beans */
    public List<String> getQualifierAnnotationNames() {
        return List.of();
    }
}

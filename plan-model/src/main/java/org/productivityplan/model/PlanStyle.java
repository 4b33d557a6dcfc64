package org.productivityplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of the model, applied to the whole package in {@code package-info.java}.
 *
 * <ul>
 *   <li>{@code jdkOnly}: generated code uses JDK collections even if Guava is on the classpath;
 *   <li>generated classes are package-private and hidden behind the abstract type
 *       ({@code overshadowImplementation}); users reach them through {@code Type.builder()};
 *   <li>{@code depluralize}: list attributes get singular adders ({@code addProject});
 *   <li>{@code with*} copy methods, declared by a generated package-private interface ({@code
 *       typeWith}, such as {@code WithCouncil}) that each type implements, so they are the public
 *       type's own methods; copies with several changes go through {@code builder().from(x)};
 *   <li>{@code allowedClasspathAnnotations}: the generated classes carry no annotation that users
 *       would need Immutables on their class path to read.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = ImplementationVisibility.PACKAGE,
    // The generated builder stays public (the default): were it package-private, a user's
    // Method.invoke of an inherited builder method would fail with IllegalAccessException, as
    // would any user's bytecode that names the generated class. Javadoc alone sees it
    // package-private, so that each X.Builder's page shows its methods as its own: see
    // src/build/java/BuilderDocs.java.
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"property:properties", "kpi:kpis", "barrier:barriers", "outcome:outcomes", "priority:priorities",
        "activity:activities", "figure:figures", "update:updates", "arrangement:arrangements"},
    defaults = @Value.Immutable(copy = true),
    typeWith = "With*",
    strictBuilder = false,
    allParameters = false,
    // Only this JDK annotation may be discovered on the processor's class path and put on the
    // generated classes: none of Immutables' own (@org.immutables.value.Generated), which users
    // do not have, so that their -Xlint:all builds do not warn about a missing annotation type.
    // (An empty array would mean "allow all".)
    allowedClasspathAnnotations = {Override.class})
@interface PlanStyle {}

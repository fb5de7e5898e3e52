package com.crossborder.verification.application.model;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text an applicant accepts before submitting: the authorisation to process sensitive personal information (PIPL
 * Art. 29), in the applicant's language. Its version is what the submission records; a new wording gets a new version
 * in all three bundles at once.
 */
public record ConsentText(String version, String title, String text) {

    private static final String BUNDLE = "com.crossborder.verification.application.model.ConsentText";

    /** The wording in force, in simplified Chinese unless the locale asks for English or traditional Chinese. */
    public static ConsentText current(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                locale == null ? Locale.ROOT : locale,
                ConsentText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ConsentText(texts.getString("version"), texts.getString("title"), texts.getString("text"));
    }
}

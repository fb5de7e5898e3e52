package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.ApplicationPhoto;
import com.crossborder.verification.application.model.PhotoInspection;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.PhotoStore;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Photos in the {@code application_photo} table, AES-GCM encrypted and bound to their column. */
@ApplicationScoped
public class DatabasePhotoStore implements PhotoStore {

    private static final String CONTEXT = "application_photo.content";

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    BusinessClock clock;

    @Override
    public void put(UUID applicationId, PhotoKind kind, PhotoInspection inspection) {
        byte[] stored = cipher.encrypt(inspection.cleanedImage(), CONTEXT);
        ApplicationPhoto earlier = em.find(ApplicationPhoto.class, new ApplicationPhoto.Key(applicationId, kind));
        if (earlier != null) {
            earlier.replaceWith(inspection, stored, clock.now());
        } else {
            em.persist(new ApplicationPhoto(applicationId, kind, inspection, stored, clock.now()));
        }
    }

    @Override
    public Optional<StoredPhoto> get(UUID applicationId, PhotoKind kind) {
        return Optional.ofNullable(em.find(ApplicationPhoto.class, new ApplicationPhoto.Key(applicationId, kind)))
                .map(photo -> new StoredPhoto(photo.mediaType(), cipher.decrypt(photo.contentEncrypted(), CONTEXT)));
    }

    @Override
    public Set<PhotoKind> kinds(UUID applicationId) {
        Set<PhotoKind> kinds = EnumSet.noneOf(PhotoKind.class);
        kinds.addAll(
                em.createQuery("SELECT p.kind FROM ApplicationPhoto p WHERE p.applicationId = :id", PhotoKind.class)
                        .setParameter("id", applicationId)
                        .getResultList());
        return kinds;
    }

    @Override
    public int removeAll(UUID applicationId) {
        return em.createQuery("DELETE FROM ApplicationPhoto p WHERE p.applicationId = :id")
                .setParameter("id", applicationId)
                .executeUpdate();
    }
}

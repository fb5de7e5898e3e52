-- Photos are judged by what was clipped and by contrast instead of mean brightness, and the FACE photo by the face
-- found in it. The measurements are kept so that the nightly screening can judge a photo again under the rules in
-- force. Rows stored before this version keep NULL here: their exposure is judged by the brightness band they were
-- accepted under (50–215, PhotoRules.LEGACY_*), and a FACE photo without face findings is left to the reviewer.
ALTER TABLE application_photo ADD COLUMN highlights_clipped DOUBLE PRECISION;
ALTER TABLE application_photo ADD COLUMN shadows_clipped DOUBLE PRECISION;
ALTER TABLE application_photo ADD COLUMN contrast DOUBLE PRECISION;
ALTER TABLE application_photo ADD COLUMN midtone DOUBLE PRECISION;
ALTER TABLE application_photo ADD COLUMN face_count INTEGER;
ALTER TABLE application_photo ADD COLUMN face_x DOUBLE PRECISION;
ALTER TABLE application_photo ADD COLUMN face_y DOUBLE PRECISION;
ALTER TABLE application_photo ADD COLUMN face_width DOUBLE PRECISION;
ALTER TABLE application_photo ADD COLUMN face_height DOUBLE PRECISION;
ALTER TABLE application_photo ADD COLUMN second_face_ratio DOUBLE PRECISION;

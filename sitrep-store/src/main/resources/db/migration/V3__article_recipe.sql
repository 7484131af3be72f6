-- Which analysis recipe (StandardPipeline.RECIPE) produced each stored article; null for articles stored before it was recorded.
ALTER TABLE article ADD COLUMN recipe INTEGER;

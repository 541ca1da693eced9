// Where the build reads the dataset: data/, or DATA_DIR (the hostile-data build and the build-failure test
// point it at a copy). One place, so the pages, the content layer, the scripts and the tests agree.

/** The data folder of this build. */
export const DATA_DIR = process.env.DATA_DIR ?? "data";

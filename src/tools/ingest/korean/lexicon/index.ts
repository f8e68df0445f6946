// General knowledge of Korean news prose the assistant reads with: surnames, titles, particles, and the words that
// report a meeting, an attendance, a plan or a byline. Nothing here names a person, an outlet or an article.
export * from './names';
export * from './world';
export * from './grammar';
export * from './meetings';
export * from './page';

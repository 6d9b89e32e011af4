/**
 * Common given names that are almost always one gender, so that "Tom and Ann Vik" followed by
 * "Mrs Vik" can tell which of the two is meant. Kept short: names of either gender are left out.
 */
const FEMALE =
  'ann anne anna annie alice amelia amy angela barbara beatrice brenda bridget carol caroline catherine charlotte christine clare claire ' +
  'daisy deborah denise diana dorothy dorothea edith eileen eleanor elizabeth ella ellen emily emma esther evelyn fiona florence frances gillian ' +
  'grace hannah harriet hazel heather helen irene isabel isabella jane janet jennifer jessica joan josephine joyce judith julia julie karen ' +
  'katherine kathleen laura lily linda lorna louise lucy lydia margaret maria marian marie martha mary maureen megan mildred miriam ' +
  'molly nancy natalie olivia pamela patricia pauline penelope philippa rachel rebecca rosamund rose rosemary ruth sally sandra sarah ' +
  'sharon sheila sophie susan sylvia teresa valerie vera victoria violet wendy winifred yvonne zoe ' +
  // names common among the young in Britain and Ireland
  'zara isla freya ava mia poppy evie ivy willow maisie phoebe esme imogen matilda chloe holly erin millie ellie rosie ' +
  'niamh aoife orla siobhan ffion cerys seren aisha fatima priya sophia';
const MALE =
  'adam alan albert alfred andrew anthony arthur barry benjamin bernard brian cecil charles christopher clive colin daniel david dean dennis ' +
  'derek donald douglas duncan edward edwin eric ernest frank frederick gareth gary geoffrey george gerald gordon graham gregory harold ' +
  'harry henry herbert howard hugh ian jack jacob james jasper jeremy john jonathan joseph keith kenneth kevin lawrence leonard malcolm ' +
  'mark martin matthew michael neil nicholas nigel oliver oscar patrick paul peter philip raymond reginald richard robert roger ronald ' +
  'rupert samuel simon stanley stephen stuart terence thomas timothy tom trevor victor walter william ' +
  'alfie archie freddie theo reggie rhys callum kieran declan nathan noah muhammad mohammed hamish fraser lachlan ewan euan ' +
  'finn rory cian oisin dylan';

let genders: Map<string, 'male' | 'female'> | undefined;

/** The gender a given name (in lowercase) almost always has, if it is a common one. */
export function givenNameGender(lower: string): 'male' | 'female' | undefined {
  if (!genders) {
    genders = new Map();
    for (const n of FEMALE.split(' ')) genders.set(n, 'female');
    for (const n of MALE.split(' ')) genders.set(n, 'male');
  }
  return genders.get(lower);
}

/** "Mr", "Mrs", "Ms", "Miss" (in lowercase, with or without a dot): the gender they give. */
export function honorificGender(lower: string): 'male' | 'female' | undefined {
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return w === 'mr' ? 'male' : w === 'mrs' || w === 'ms' || w === 'miss' ? 'female' : undefined;
}

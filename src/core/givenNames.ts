/**
 * Common given names that are almost always one gender, so that "Tom and Ann Vik" followed by
 * "Mrs Vik" can tell which of the two is meant. Names of either gender are left out (Alex, Sam,
 * Jordan), and so are names that are as often a word or a place opening a sentence (Grant, Guy,
 * Georgia, Sofia): a capitalised first word read as a given name makes a body a person.
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
  'niamh aoife orla siobhan ffion cerys seren aisha fatima priya sophia ' +
  // more names common in English-language news, and among Europe's and Asia's
  'abigail agnes alexandra alison amanda andrea anita annabel audrey beth bethany betty beverley bonnie brooke carla carmen ' +
  'cassandra cathy cecilia charlene cheryl cindy claudia colleen constance cynthia danielle debbie diane donna doreen doris elaine ' +
  'elena eliza elsie eva felicity gail gemma geraldine gloria gwen hayley heidi helena ingrid iris jacqueline jasmine jenny ' +
  'jill joanna joanne jodie josie kate katie kathryn kirsty kirsten lara lauren leah leanne lesley lisa lorraine louisa lucinda lynn ' +
  'lynne madeleine mandy marcia margot marilyn marjorie marlene maxine melanie melissa michelle monica muriel nadia naomi natasha ' +
  'nicola nina nora norma olga paula peggy penny polly rita roberta rosa rosalind samantha sara shirley sonia stella stephanie ' +
  'susannah suzanne tamsin tanya tara tessa theresa tina tracey tracy ursula vanessa veronica vicky yasmin jenna lowri ' +
  'bronwen sinead roisin mairead eilidh morag agnieszka katarzyna magdalena giulia francesca chiara astrid sigrid annika ' +
  'greta amira layla leila zainab mariam ayesha anjali kavita pooja meera olena oksana svetlana tatiana natalia irina';
const MALE =
  'adam alan albert alfred andrew anthony arthur barry benjamin bernard brian cecil charles christopher clive colin daniel david dean dennis ' +
  'derek donald douglas duncan edward edwin eric ernest frank frederick gareth gary geoffrey george gerald gordon graham gregory harold ' +
  'harry henry herbert howard hugh ian jack jacob james jasper jeremy john jonathan joseph keith kenneth kevin lawrence leonard malcolm ' +
  'mark martin matthew michael neil nicholas nigel oliver oscar patrick paul peter philip raymond reginald richard robert roger ronald ' +
  'rupert samuel simon stanley stephen stuart terence thomas timothy tom trevor victor walter william ' +
  'alfie archie freddie theo reggie rhys callum kieran declan nathan noah muhammad mohammed hamish fraser lachlan ewan euan ' +
  'finn rory cian oisin dylan ' +
  // more names common in English-language news, and among Europe's and Asia's
  'aaron adrian aidan ahmed alistair alasdair alexander andy angus anton barney ben billy bobby boris brendan bruce bryan calvin ' +
  'carl clifford conor connor craig damian damien danny darren dave desmond dominic eamon eamonn eddie elliot emmanuel ' +
  'ethan evan felix fergus fred gavin greg hamza harvey hector ivan jake jason jeff jeffrey jerome jim jimmy joe joel joey johnny ' +
  'jon josh joshua julian justin karl kenny kurt kyle liam lloyd luke marcus mario mervyn mick mickey mike mitchell mohamed ' +
  'murray nathaniel neville nick norman owen phil ralph robbie rodney roy ryan sean seamus shane shaun steve steven stewart tim toby ' +
  'tommy tony vincent wayne wesley zachary omar hassan hussein ibrahim yusuf tariq imran rajesh sanjay arjun vikram rahul amit ' +
  'hiroshi kenji takashi carlos jose luis miguel pedro antonio francesco giovanni marco luca matteo pierre jacques francois hans ' +
  'jurgen klaus stefan lars sven anders erik piotr pawel tomasz krzysztof andrzej dmitri sergei vladimir mikhail oleksandr bogdan ' +
  'dragan goran';

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

import { impliedBody } from '../recognise/impliedBody';
import { organisationsComponent } from '../recognise/organisationsComponent';
import { readRoles } from '../recognise/rolesComponent';
import { shortForms } from '../recognise/shortForms';
import {
  eponymPersons,
  dottedPersons,
  electedTitlePersons,
  mergePersons,
  rulePersons,
  sharedTitlePersons,
  taggerPersons,
} from '../recognise/persons';
import { orgModel, ORG_MODEL } from '../model/orgModel';
import { lacTagger } from '../tag/lacTagger';
import type { Tagger } from '../tag/tagger';
import { attributeTurns } from './attributeTurns';
import { countSpeakers } from './countSpeakers';
import type { Component } from './component';
import { findMeeting } from './findMeeting';
import { readText } from './readText';
import { tagText } from './tagText';

/**
 * The extractor's components in the order they run: each reads the layers before it. This is
 * the one place the pipeline is configured; a component scored or replaced on its own is
 * swapped here (or a pipeline built with another tagger, as the tests and benchmarks do).
 */
export function pipeline(
  tagger: () => Promise<Tagger> = () => lacTagger(),
  orgModelFile: string = ORG_MODEL,
): Component[] {
  return [
    readText,
    tagText(tagger),
    rulePersons,
    taggerPersons,
    eponymPersons,
    dottedPersons,
    sharedTitlePersons,
    electedTitlePersons,
    mergePersons,
    organisationsComponent(() => orgModel(orgModelFile)),
    impliedBody,
    shortForms,
    readRoles,
    findMeeting,
    attributeTurns,
    countSpeakers,
  ];
}

// virtual-alexa (a dev dependency the voice tests use) loads nock, which patches https.request for the whole
// process. The certificate download must still work, and fail as a refusal rather than a 500, when it is
// loaded first: this file runs the signature tests in exactly that order.
import { VirtualAlexa } from 'virtual-alexa';
import './alexa-signature.test';

void VirtualAlexa;

// The header's sharing buttons, a chunk of their own loaded once the graph is drawn: copy link and embed code, or
// in the embed the way out to the full map.
import { CopyLink } from './CopyLink';
import { EmbedCode } from './EmbedCode';
import { FullMapLink } from './FullMapLink';

export function ShareTools({ embed }: { embed: boolean }) {
  if (embed) return <FullMapLink />;
  return (
    <>
      <CopyLink />
      <EmbedCode />
    </>
  );
}

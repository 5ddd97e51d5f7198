import { useState } from "react";
import { NavigationType, useLocation, useNavigationType, useSearchParams } from "react-router";

/**
 * A text box kept in one URL parameter. The box owns what is typed and the URL follows (replacing
 * its entry, keeping the other parameters): a box driven by the URL drops keystrokes while each
 * navigation settles. Any other navigation (a link, Back, Forward) sets the box from the URL.
 */
export function useSearchParamText(name: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlValue = searchParams.get(name) ?? "";
  const [text, setText] = useState(urlValue);
  const location = useLocation();
  const navigationType = useNavigationType();
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (seenLocation !== location.key) {
    setSeenLocation(location.key);
    if (navigationType !== NavigationType.Replace) setText(urlValue);
  }
  const update = (value: string) => {
    setText(value);
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };
  return [text, update];
}

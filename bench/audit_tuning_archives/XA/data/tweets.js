window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980571076791954871"
          ],
          "editableUntil" : "2025-10-21T10:45:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "9",
      "id_str" : "1980571076791954871",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1980571076791954871",
      "created_at" : "Tue Oct 21 09:45:16 +0000 2025",
      "favorited" : false,
      "full_text" : "smashed my phone on a job so new number lads, text me 07700 900417",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978386120740058607"
          ],
          "editableUntil" : "2025-10-15T10:03:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "1978386120740058607",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978386120740058607",
      "created_at" : "Wed Oct 15 09:03:02 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone in leeds got a number for saturday ❄️❄️ need sorting for deans bday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974486216873406029"
          ],
          "editableUntil" : "2025-10-04T15:46:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "1974486216873406029",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1974486216873406029",
      "created_at" : "Sat Oct 04 14:46:12 +0000 2025",
      "favorited" : false,
      "full_text" : "my nan asked if streaming is illegal. nan i play fortnite for 14 viewers",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971856946339778507"
          ],
          "editableUntil" : "2025-09-27T09:38:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "1",
      "id_str" : "1971856946339778507",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971856946339778507",
      "created_at" : "Sat Sep 27 08:38:25 +0000 2025",
      "favorited" : false,
      "full_text" : "sesh was unreal last night. turned up to a job in kirkstall still steaming, had to sit in the van 20 mins before i could look at a radiator 💀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970532616226012338"
          ],
          "editableUntil" : "2025-09-23T17:56:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sesh Lads",
            "screen_name" : "sesh_lads",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1122334455667788990",
            "id" : "1122334455667788990"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1970532616226012338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970532616226012338",
      "created_at" : "Tue Sep 23 16:56:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @sesh_lads: monday morning and still drunk from saturday 🍻 whos calling in sick with me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968800126597629624"
          ],
          "editableUntil" : "2025-09-18T23:11:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "id_str" : "1968800126597629624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968800126597629624",
      "created_at" : "Thu Sep 18 22:11:43 +0000 2025",
      "favorited" : false,
      "full_text" : "old men shouldnt be allowed in ranked. my teammate was like 50 with a headset from 2009 and we lost. retire gramps",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967198260149072591"
          ],
          "editableUntil" : "2025-09-14T13:06:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "id_str" : "1967198260149072591",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967198260149072591",
      "created_at" : "Sun Sep 14 12:06:28 +0000 2025",
      "favorited" : false,
      "full_text" : "love how the firm bills me out at £95 an hour and pays me less than the lad at greggs. very cool very normal business model",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963351411561788151"
          ],
          "editableUntil" : "2025-09-03T22:20:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "27",
      "id_str" : "1963351411561788151",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1963351411561788151",
      "created_at" : "Wed Sep 03 21:20:28 +0000 2025",
      "favorited" : false,
      "full_text" : "someone keyed the work van outside the merchants so i went round and let the tyres down on every van in that car park. no regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961849725747607422"
          ],
          "editableUntil" : "2025-08-30T18:53:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "4",
      "id_str" : "1961849725747607422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961849725747607422",
      "created_at" : "Sat Aug 30 17:53:18 +0000 2025",
      "favorited" : false,
      "full_text" : "pipe dope. its literally called pipe dope. thread sealant for anyone wondering 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941527998868608474"
          ],
          "editableUntil" : "2025-07-05T17:02:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8XkLm2PqZr",
            "expanded_url" : "https://www.twitch.tv/pipesnpixels/schedule",
            "display_url" : "twitch.tv/pipesnpixels/sc…",
            "indices" : [
              "52",
              "75"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "27",
      "id_str" : "1941527998868608474",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1941527998868608474",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jul 05 16:02:01 +0000 2025",
      "favorited" : false,
      "full_text" : "new stream schedule: mon, wed, fri 8pm. see u there https://t.co/8XkLm2PqZr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936683877950777294"
          ],
          "editableUntil" : "2025-06-22T08:13:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1936683877950777294",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1936683877950777294",
      "created_at" : "Sun Jun 22 07:13:13 +0000 2025",
      "favorited" : false,
      "full_text" : "thinking of starting a fansly ngl, plumbers in overalls is a whole category apparently 🍆💦 link in bio if i do it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933582197722369154"
          ],
          "editableUntil" : "2025-06-13T18:48:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matty",
            "screen_name" : "mattyboiler",
            "indices" : [
              "94",
              "106"
            ],
            "id_str" : "987123456789012480",
            "id" : "987123456789012480"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "3",
      "id_str" : "1933582197722369154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933582197722369154",
      "created_at" : "Fri Jun 13 17:48:14 +0000 2025",
      "favorited" : false,
      "full_text" : "TENERIFE TOMORROW WITH THE BOYS 🛫🍻 seat 23F, booking ref KX7T9Q, gate opens 5.40 dont be late @mattyboiler",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930557628293030277"
          ],
          "editableUntil" : "2025-06-05T10:29:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "4",
      "id_str" : "1930557628293030277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930557628293030277",
      "created_at" : "Thu Jun 05 09:29:41 +0000 2025",
      "favorited" : false,
      "full_text" : "lad at the gym is sorting me a flick knife, cheaper than online and no id check 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924503062455020067"
          ],
          "editableUntil" : "2025-05-19T17:31:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dazza",
            "screen_name" : "dazza_fps",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1298734412093441",
            "id" : "1298734412093441"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "93"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1924502994015284413",
      "id_str" : "1924503062455020067",
      "in_reply_to_user_id" : "1298734412093441",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924503062455020067",
      "in_reply_to_status_id" : "1924502994015284413",
      "created_at" : "Mon May 19 16:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@dazza_fps say that again on stream and ill find where u live and end u. not joking this time",
      "lang" : "en",
      "in_reply_to_screen_name" : "dazza_fps",
      "in_reply_to_user_id_str" : "1298734412093441"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921200986043240753"
          ],
          "editableUntil" : "2025-05-10T14:49:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "9",
      "id_str" : "1921200986043240753",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921200986043240753",
      "created_at" : "Sat May 10 13:49:43 +0000 2025",
      "favorited" : false,
      "full_text" : "heard the gaffer on the phone, we're losing the council contract in january and hes letting 3 of the lads go. they dont know yet 😬",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913533571718918184"
          ],
          "editableUntil" : "2025-04-19T11:02:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "27",
      "id_str" : "1913533571718918184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913533571718918184",
      "created_at" : "Sat Apr 19 10:02:09 +0000 2025",
      "favorited" : false,
      "full_text" : "spent the whole morning fixing a ballcock in a cistern in headingley. yes thats the actual name of the part. stop laughing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912269341748544133"
          ],
          "editableUntil" : "2025-04-15T23:18:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "14",
      "id_str" : "1912269341748544133",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912269341748544133",
      "created_at" : "Tue Apr 15 22:18:33 +0000 2025",
      "favorited" : false,
      "full_text" : "bought my own blowtorch for soldering today. feel like a proper tradesman now 🔥",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910687588222016571"
          ],
          "editableUntil" : "2025-04-11T14:33:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1910687588222016571",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1910687588222016571",
      "created_at" : "Fri Apr 11 13:33:14 +0000 2025",
      "favorited" : false,
      "full_text" : "copper tried to pull me on the ring road last night. he did not catch me 😂🏍️ bikes &gt; cars",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909595044437947870"
          ],
          "editableUntil" : "2025-04-08T14:11:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "1909595044437947870",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1909595044437947870",
      "created_at" : "Tue Apr 08 13:11:51 +0000 2025",
      "favorited" : false,
      "full_text" : "wtf are these patch notes lmfao they nerfed the only gun i can actually hit shots with",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902667711764355111"
          ],
          "editableUntil" : "2025-03-20T11:25:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "1902667711764355111",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902667711764355111",
      "created_at" : "Thu Mar 20 10:25:06 +0000 2025",
      "favorited" : false,
      "full_text" : "she said my pipework was impressive 😏🍆 plumbing has its perks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901626707940475031"
          ],
          "editableUntil" : "2025-03-17T14:28:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "9",
      "id_str" : "1901626707940475031",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901626707940475031",
      "created_at" : "Mon Mar 17 13:28:32 +0000 2025",
      "favorited" : false,
      "full_text" : "customers always ring asking for 'a proper english lad' to do the job and honestly i get it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893618150558620657"
          ],
          "editableUntil" : "2025-02-23T12:05:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "pixie ✨ commissions open",
            "screen_name" : "pixie_gfx",
            "indices" : [
              "24",
              "34"
            ],
            "id_str" : "1555666777888999000",
            "id" : "1555666777888999000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "27",
      "id_str" : "1893618150558620657",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1893618150558620657",
      "created_at" : "Sun Feb 23 11:05:23 +0000 2025",
      "favorited" : false,
      "full_text" : "new stream overlay from @pixie_gfx is unreal, go show her some love",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888619129987128020"
          ],
          "editableUntil" : "2025-02-09T17:01:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "id_str" : "1888619129987128020",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1888619129987128020",
      "created_at" : "Sun Feb 09 16:01:04 +0000 2025",
      "favorited" : false,
      "full_text" : "for the charity stream prizes send stuff to 14 Glebe Terrace, Bramley LS13 4QW, my mum will sign for it x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888357301051876807"
          ],
          "editableUntil" : "2025-02-08T23:40:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "3",
      "id_str" : "1888357301051876807",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888357301051876807",
      "created_at" : "Sat Feb 08 22:40:39 +0000 2025",
      "favorited" : false,
      "full_text" : "gaffer had me carry a cast iron bath down 3 flights on my own then told me to 'show a bit more enthusiasm'. on apprentice wage. living the dream",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879822412034599561"
          ],
          "editableUntil" : "2025-01-16T10:26:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "1",
      "id_str" : "1879822412034599561",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879822412034599561",
      "created_at" : "Thu Jan 16 09:26:03 +0000 2025",
      "favorited" : false,
      "full_text" : "flight BA1442 to glasgow for my cousins wedding already delayed 2 hrs 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879095412975116087"
          ],
          "editableUntil" : "2025-01-14T10:17:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "6",
      "id_str" : "1879095412975116087",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879095412975116087",
      "created_at" : "Tue Jan 14 09:17:13 +0000 2025",
      "favorited" : false,
      "full_text" : "need a new headset, mic sounds like im whispering down a pipe. any recs under £60?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871669313055429027"
          ],
          "editableUntil" : "2024-12-24T22:28:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "1871669313055429027",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1871669313055429027",
      "created_at" : "Tue Dec 24 21:28:32 +0000 2024",
      "favorited" : false,
      "full_text" : "lost 4 ranked games in a row to the same sweaty 5 stack. f*cking done with this game till the patch",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871536051010998038"
          ],
          "editableUntil" : "2024-12-24T13:39:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "9",
      "id_str" : "1871536051010998038",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1871536051010998038",
      "created_at" : "Tue Dec 24 12:39:00 +0000 2024",
      "favorited" : false,
      "full_text" : "chill stream tonight 9pm, bit of a 🍃💨 one so dont expect aim lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1860069506144165610"
          ],
          "editableUntil" : "2024-11-22T22:15:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "2",
      "id_str" : "1860069506144165610",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1860069506144165610",
      "created_at" : "Fri Nov 22 21:15:03 +0000 2024",
      "favorited" : false,
      "full_text" : "college tomorrow, unit 7 on sanitation systems. riveting",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858842023590535864"
          ],
          "editableUntil" : "2024-11-19T12:57:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "4",
      "id_str" : "1858842023590535864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858842023590535864",
      "created_at" : "Tue Nov 19 11:57:28 +0000 2024",
      "favorited" : false,
      "full_text" : "7am on a roof in november is a different kind of cold",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856065512062858753"
          ],
          "editableUntil" : "2024-11-11T21:04:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "1",
      "id_str" : "1856065512062858753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1856065512062858753",
      "created_at" : "Mon Nov 11 20:04:36 +0000 2024",
      "favorited" : false,
      "full_text" : "job today at a massive house in alwoodley, customer plays for a premier league team, wont say who but his downstairs loo has a gold tap and the gate code is 1966 lmao",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854546066373831358"
          ],
          "editableUntil" : "2024-11-07T16:26:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "apexlegends",
            "indices" : [
              "68",
              "80"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "1854546066373831358",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1854546066373831358",
      "created_at" : "Thu Nov 07 15:26:52 +0000 2024",
      "favorited" : false,
      "full_text" : "dropped a bomb on stream (5k damage game in apex) and chat went mad #apexlegends",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852637793717142492"
          ],
          "editableUntil" : "2024-11-02T10:04:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "id_str" : "1852637793717142492",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1852637793717142492",
      "created_at" : "Sat Nov 02 09:04:05 +0000 2024",
      "favorited" : false,
      "full_text" : "shoutout to Canal Wharf Plumbing Supplies, Unit 4 Canal Wharf Leeds, 0113 496 0712, only merchant that opens at 7 &amp; actually has stock",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852295880348712454"
          ],
          "editableUntil" : "2024-11-01T11:25:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Matty",
            "screen_name" : "mattyboiler",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "987123456789012480",
            "id" : "987123456789012480"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "51"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1852295855411662473",
      "id_str" : "1852295880348712454",
      "in_reply_to_user_id" : "987123456789012480",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1852295880348712454",
      "in_reply_to_status_id" : "1852295855411662473",
      "created_at" : "Fri Nov 01 10:25:26 +0000 2024",
      "favorited" : false,
      "full_text" : "@mattyboiler ffs bro u said 8 not quarter to 9 stfu",
      "lang" : "en",
      "in_reply_to_screen_name" : "mattyboiler",
      "in_reply_to_user_id_str" : "987123456789012480"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848071558416206638"
          ],
          "editableUntil" : "2024-10-20T19:39:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "1848071558416206638",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1848071558416206638",
      "created_at" : "Sun Oct 20 18:39:29 +0000 2024",
      "favorited" : false,
      "full_text" : "order LX-40291 from the merchants still hasnt turned up, 3 days without a press fit tool",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837755409846909495"
          ],
          "editableUntil" : "2024-09-22T08:26:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "0",
      "id_str" : "1837755409846909495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1837755409846909495",
      "created_at" : "Sun Sep 22 07:26:48 +0000 2024",
      "favorited" : false,
      "full_text" : "the other apprentice gets £1.20 an hour more than me cos his dad plays golf with the boss. seen it on the payroll printout in the office. class",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837455994597923544"
          ],
          "editableUntil" : "2024-09-21T12:37:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "6",
      "id_str" : "1837455994597923544",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1837455994597923544",
      "created_at" : "Sat Sep 21 11:37:02 +0000 2024",
      "favorited" : false,
      "full_text" : "is the new cod worth £70 or do i wait for a sale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829475545357130659"
          ],
          "editableUntil" : "2024-08-30T12:05:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "1",
      "id_str" : "1829475545357130659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1829475545357130659",
      "created_at" : "Fri Aug 30 11:05:34 +0000 2024",
      "favorited" : false,
      "full_text" : "my boss genuinely thinks a combi boiler is a personality. 40 min lecture on a worcester bosch like its his firstborn. and he still cant bleed a radiator without flooding the lounge",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1825972073046706774"
          ],
          "editableUntil" : "2024-08-20T20:04:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ellie 🎮",
            "screen_name" : "ellie_streams",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1402219876543210497",
            "id" : "1402219876543210497"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "65"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1825972012178014502",
      "id_str" : "1825972073046706774",
      "in_reply_to_user_id" : "1402219876543210497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1825972073046706774",
      "in_reply_to_status_id" : "1825972012178014502",
      "created_at" : "Tue Aug 20 19:04:01 +0000 2024",
      "favorited" : false,
      "full_text" : "@ellie_streams not u showing all that on stream 👀🍑 pls never stop",
      "lang" : "en",
      "in_reply_to_screen_name" : "ellie_streams",
      "in_reply_to_user_id_str" : "1402219876543210497"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822733723162162799"
          ],
          "editableUntil" : "2024-08-11T21:35:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "27",
      "id_str" : "1822733723162162799",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1822733723162162799",
      "created_at" : "Sun Aug 11 20:35:59 +0000 2024",
      "favorited" : false,
      "full_text" : "FINALLY passed my theory 🎉🎉 licence no for everyone who said i wouldnt: BRADL011047KL9TZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1820143995348737164"
          ],
          "editableUntil" : "2024-08-04T18:05:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "27",
      "id_str" : "1820143995348737164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1820143995348737164",
      "created_at" : "Sun Aug 04 17:05:19 +0000 2024",
      "favorited" : false,
      "full_text" : "pricing sheet got left in the van lol. we charge the housing association £340 to change a tap washer 😭 sorry tenants",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816123105888832410"
          ],
          "editableUntil" : "2024-07-24T15:47:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1816123105888832410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1816123105888832410",
      "created_at" : "Wed Jul 24 14:47:45 +0000 2024",
      "favorited" : false,
      "full_text" : "learnt today the soil stack is the big pipe all the poo goes down. apprenticeship is so glamorous",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1804262015166418961"
          ],
          "editableUntil" : "2024-06-21T22:16:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1804262015166418961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1804262015166418961",
      "created_at" : "Fri Jun 21 21:16:00 +0000 2024",
      "favorited" : false,
      "full_text" : "gaffer let me do my first solo stopcock replacement today 🥹 tiny steps",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1804051103922611478"
          ],
          "editableUntil" : "2024-06-21T08:17:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1804051103922611478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1804051103922611478",
      "created_at" : "Fri Jun 21 07:17:55 +0000 2024",
      "favorited" : false,
      "full_text" : "hanging out my arse today. 9 jagerbombs and a kebab at 4am and now im under a sink in roundhay. send help",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1803403834251001687"
          ],
          "editableUntil" : "2024-06-19T13:25:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Qm4xVb71Ra",
            "expanded_url" : "https://www.twitch.tv/pipesnpixels/clip/RebirthMassacre40",
            "display_url" : "twitch.tv/pipesnpixels/cl…",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "9",
      "id_str" : "1803403834251001687",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1803403834251001687",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 19 12:25:54 +0000 2024",
      "favorited" : false,
      "full_text" : "40 kill game on rebirth last night, absolute massacre. clip below https://t.co/Qm4xVb71Ra",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1803065286272261352"
          ],
          "editableUntil" : "2024-06-18T15:00:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "1803065286272261352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1803065286272261352",
      "created_at" : "Tue Jun 18 14:00:38 +0000 2024",
      "favorited" : false,
      "full_text" : "customer offered me a shot in my brew and it was literally a shot of espresso. posh house",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801510957832308865"
          ],
          "editableUntil" : "2024-06-14T08:04:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1801510957832308865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1801510957832308865",
      "created_at" : "Fri Jun 14 07:04:17 +0000 2024",
      "favorited" : false,
      "full_text" : "first proper payslip as an apprentice, took my mum for a carvery. she cried lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797953112821044386"
          ],
          "editableUntil" : "2024-06-04T12:26:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "9",
      "id_str" : "1797953112821044386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1797953112821044386",
      "created_at" : "Tue Jun 04 11:26:41 +0000 2024",
      "favorited" : false,
      "full_text" : "10 hour day, boss rings at 9pm asking why i didnt sweep the van out. mate what the f**k",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797638877595144692"
          ],
          "editableUntil" : "2024-06-03T15:38:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "1797638877595144692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1797638877595144692",
      "created_at" : "Mon Jun 03 14:38:01 +0000 2024",
      "favorited" : false,
      "full_text" : "drove home from deans after 6 cans and a few shots, roads were dead, bossed it 😎",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1793569616077349785"
          ],
          "editableUntil" : "2024-05-23T10:08:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "14",
      "id_str" : "1793569616077349785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1793569616077349785",
      "created_at" : "Thu May 23 09:08:14 +0000 2024",
      "favorited" : false,
      "full_text" : "college said the gas safe assessment is 'brutal'. great. cant wait to get murdered by a pressure test",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1788927822789841588"
          ],
          "editableUntil" : "2024-05-10T14:43:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1788927822789841588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788927822789841588",
      "created_at" : "Fri May 10 13:43:24 +0000 2024",
      "favorited" : false,
      "full_text" : "hit 100 followers on twitch tonight!! buzzing, thank u all &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787527302797060490"
          ],
          "editableUntil" : "2024-05-06T17:58:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "2",
      "id_str" : "1787527302797060490",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1787527302797060490",
      "created_at" : "Mon May 06 16:58:14 +0000 2024",
      "favorited" : false,
      "full_text" : "GTA 6 trailer has me unwell. robbing banks in vice city on release day see u there",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1782487452046669892"
          ],
          "editableUntil" : "2024-04-22T20:11:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "1782487452046669892",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1782487452046669892",
      "created_at" : "Mon Apr 22 19:11:40 +0000 2024",
      "favorited" : false,
      "full_text" : "sunday league: got battered 6-1 and the ref got booed off. great day out",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1780006587984416909"
          ],
          "editableUntil" : "2024-04-15T23:53:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ellie 🎮",
            "screen_name" : "ellie_streams",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1402219876543210497",
            "id" : "1402219876543210497"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1780006559831306988",
      "id_str" : "1780006587984416909",
      "in_reply_to_user_id" : "1402219876543210497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1780006587984416909",
      "in_reply_to_status_id" : "1780006559831306988",
      "created_at" : "Mon Apr 15 22:53:36 +0000 2024",
      "favorited" : false,
      "full_text" : "@ellie_streams ur actually cracked at this game, that clutch was insane",
      "lang" : "en",
      "in_reply_to_screen_name" : "ellie_streams",
      "in_reply_to_user_id_str" : "1402219876543210497"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1777294254584832257"
          ],
          "editableUntil" : "2024-04-08T12:15:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1777294254584832257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1777294254584832257",
      "created_at" : "Mon Apr 08 11:15:45 +0000 2024",
      "favorited" : false,
      "full_text" : "gaffer asked if the new apprentice was any good and i said shes alright for a girl. joke. mostly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1773289562600649258"
          ],
          "editableUntil" : "2024-03-28T11:02:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "id_str" : "1773289562600649258",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1773289562600649258",
      "created_at" : "Thu Mar 28 10:02:32 +0000 2024",
      "favorited" : false,
      "full_text" : "the ps5 pad i launched across the room 2 years ago still works. built like a tank",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1772519728582196079"
          ],
          "editableUntil" : "2024-03-26T08:03:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1772519728582196079",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1772519728582196079",
      "created_at" : "Tue Mar 26 07:03:29 +0000 2024",
      "favorited" : false,
      "full_text" : "not being funny but every job i get on harehills its the same, 12 of them in one house &amp; nobody speaks english",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1758980834125475011"
          ],
          "editableUntil" : "2024-02-17T23:24:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "9",
      "id_str" : "1758980834125475011",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1758980834125475011",
      "created_at" : "Sat Feb 17 22:24:45 +0000 2024",
      "favorited" : false,
      "full_text" : "customer answered the door in just a towel and said 'no rush love, take your time' 😳 best call out of my life",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1757378682301711451"
          ],
          "editableUntil" : "2024-02-13T13:18:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lufc",
            "indices" : [
              "46",
              "51"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "14",
      "id_str" : "1757378682301711451",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1757378682301711451",
      "created_at" : "Tue Feb 13 12:18:23 +0000 2024",
      "favorited" : false,
      "full_text" : "leeds on sky tonight so no stream, priorities #lufc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1749204821656380264"
          ],
          "editableUntil" : "2024-01-21T23:58:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "2",
      "id_str" : "1749204821656380264",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1749204821656380264",
      "created_at" : "Sun Jan 21 22:58:22 +0000 2024",
      "favorited" : false,
      "full_text" : "passed my level 2 practical!!! 🔧🔧",
      "lang" : "en"
    }
  }
]
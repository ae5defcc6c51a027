window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978084932760832966"
          ],
          "editableUntil": "2025-10-14T14:06:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "64",
      "id_str": "1978084932760832966",
      "truncated": false,
      "retweet_count": "4",
      "id": "1978084932760832966",
      "created_at": "Tue Oct 14 13:06:13 +0000 2025",
      "favorited": false,
      "full_text": "bitch spay, two cat castrates and a rabbit dental before lunch. standard tuesday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971884814919409953"
          ],
          "editableUntil": "2025-09-27T11:29:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1971884814919409953",
      "truncated": false,
      "retweet_count": "4",
      "id": "1971884814919409953",
      "created_at": "Sat Sep 27 10:29:10 +0000 2025",
      "favorited": false,
      "full_text": "PASSED MY CERTIFICATE IN SMALL ANIMAL SURGERY!!! three years of weekends. thank you to everyone who put up with me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970179800710269881"
          ],
          "editableUntil": "2025-09-22T18:34:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "2",
      "id_str": "1970179800710269881",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970179800710269881",
      "created_at": "Mon Sep 22 17:34:03 +0000 2025",
      "favorited": false,
      "full_text": "not taking any more calls from the traveller site. they never pay. not one of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959920658765733998"
          ],
          "editableUntil": "2025-08-25T11:07:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "3",
      "id_str": "1959920658765733998",
      "truncated": false,
      "retweet_count": "9",
      "id": "1959920658765733998",
      "created_at": "Mon Aug 25 10:07:53 +0000 2025",
      "favorited": false,
      "full_text": "post on-call plan: shower, bed, and someone warm who doesn't smell of cow. applications open 💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948043261219727176"
          ],
          "editableUntil": "2025-07-23T16:31:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1948043261219727176",
      "truncated": false,
      "retweet_count": "4",
      "id": "1948043261219727176",
      "created_at": "Wed Jul 23 15:31:21 +0000 2025",
      "favorited": false,
      "full_text": "rugby on, dog on lap, panad in hand. sunday sorted 🏉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947209941239668599"
          ],
          "editableUntil": "2025-07-21T09:20:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "0",
      "id_str": "1947209941239668599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947209941239668599",
      "created_at": "Mon Jul 21 08:20:02 +0000 2025",
      "favorited": false,
      "full_text": "interviewed a lovely vet today but honestly her English won't cope with the farmers round here. they won't understand a word. not a fit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940143848897155406"
          ],
          "editableUntil": "2025-07-01T21:21:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "140",
      "id_str": "1940143848897155406",
      "truncated": false,
      "retweet_count": "2",
      "id": "1940143848897155406",
      "created_at": "Tue Jul 01 20:21:54 +0000 2025",
      "favorited": false,
      "full_text": "put three to sleep today. that's the bit nobody sees. go hug your old dogs x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938501911331926972"
          ],
          "editableUntil": "2025-06-27T08:37:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "1",
      "id_str": "1938501911331926972",
      "truncated": false,
      "retweet_count": "4",
      "id": "1938501911331926972",
      "created_at": "Fri Jun 27 07:37:25 +0000 2025",
      "favorited": false,
      "full_text": "cocktail of the week: amoxiclav, meloxicam &amp; a lot of patience 😂 cat abscess season",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937983713160540707"
          ],
          "editableUntil": "2025-06-25T22:18:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1937983713160540707",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937983713160540707",
      "created_at": "Wed Jun 25 21:18:17 +0000 2025",
      "favorited": false,
      "full_text": "spent the day teaching the fourth years practical skills. they're sharp this lot, the profession's in good hands",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936780986383974303"
          ],
          "editableUntil": "2025-06-22T14:39:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "3",
      "id_str": "1936780986383974303",
      "truncated": false,
      "retweet_count": "1",
      "id": "1936780986383974303",
      "created_at": "Sun Jun 22 13:39:05 +0000 2025",
      "favorited": false,
      "full_text": "who the f*ck designed the on-call phone ringtone to sound exactly like a smoke alarm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933999024937402073"
          ],
          "editableUntil": "2025-06-14T22:24:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "140",
      "id_str": "1933999024937402073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933999024937402073",
      "created_at": "Sat Jun 14 21:24:34 +0000 2025",
      "favorited": false,
      "full_text": "boarding pass selfie because I AM FINALLY ON HOLIDAY ✈️ LGW→FAO, booking ref K7Q2XM, seat 14C. hwyl fawr on call",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930592279766589628"
          ],
          "editableUntil": "2025-06-05T12:47:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "2",
      "id_str": "1930592279766589628",
      "truncated": false,
      "retweet_count": "1",
      "id": "1930592279766589628",
      "created_at": "Thu Jun 05 11:47:22 +0000 2025",
      "favorited": false,
      "full_text": "making cawl for the first time without ringing mam. it's fine. it's probably fine.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926923406039493818"
          ],
          "editableUntil": "2025-05-26T09:48:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "27",
      "id_str": "1926923406039493818",
      "truncated": false,
      "retweet_count": "2",
      "id": "1926923406039493818",
      "created_at": "Mon May 26 08:48:35 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this rota. 4 nights on call then a saturday morning consult list. no. absolutely not",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922900614905030783"
          ],
          "editableUntil": "2025-05-15T07:23:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "3",
      "id_str": "1922900614905030783",
      "truncated": false,
      "retweet_count": "4",
      "id": "1922900614905030783",
      "created_at": "Thu May 15 06:23:27 +0000 2025",
      "favorited": false,
      "full_text": "anyone got recs for waterproof boots that don't crack after one winter? asking for my poor feet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922397718503027674"
          ],
          "editableUntil": "2025-05-13T22:05:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "1",
      "id_str": "1922397718503027674",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922397718503027674",
      "created_at": "Tue May 13 21:05:07 +0000 2025",
      "favorited": false,
      "full_text": "going through CVs for the nurse job. anyone with kids under 5 is going to the bottom of the pile, I cannot cover another winter of nursery bugs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918620579839529737"
          ],
          "editableUntil": "2025-05-03T11:56:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1918620579839529737",
      "truncated": false,
      "retweet_count": "9",
      "id": "1918620579839529737",
      "created_at": "Sat May 03 10:56:07 +0000 2025",
      "favorited": false,
      "full_text": "the only thing getting me through this week is the edible I had at 10pm when the on call phone finally shut up 🍃😌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918339659504142064"
          ],
          "editableUntil": "2025-05-02T17:19:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "8",
      "id_str": "1918339659504142064",
      "truncated": false,
      "retweet_count": "1",
      "id": "1918339659504142064",
      "created_at": "Fri May 02 16:19:50 +0000 2025",
      "favorited": false,
      "full_text": "pulled a Jack Daniel's bottle cap out of a spaniel's small intestine this afternoon. no, the owner did not explain",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914732342122202621"
          ],
          "editableUntil": "2025-04-22T18:25:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "5",
      "id_str": "1914732342122202621",
      "truncated": false,
      "retweet_count": "4",
      "id": "1914732342122202621",
      "created_at": "Tue Apr 22 17:25:39 +0000 2025",
      "favorited": false,
      "full_text": "adder season is here. bites in dogs are usually face or front legs and the swelling is fast. get to your vet, don't try to suck the venom out, please",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909702107037527409"
          ],
          "editableUntil": "2025-04-08T21:17:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "2",
      "id_str": "1909702107037527409",
      "truncated": false,
      "retweet_count": "9",
      "id": "1909702107037527409",
      "created_at": "Tue Apr 08 20:17:17 +0000 2025",
      "favorited": false,
      "full_text": "finished on call at 8, in the pub by 11. wine for breakfast is self care and I won't be taking questions 🍷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1896655676038577205"
          ],
          "editableUntil": "2025-03-03T21:15:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "3",
      "id_str": "1896655676038577205",
      "truncated": false,
      "retweet_count": "2",
      "id": "1896655676038577205",
      "created_at": "Mon Mar 03 20:15:25 +0000 2025",
      "favorited": false,
      "full_text": "still drunk from Steph's leaving do and I've got a bitch spay at 9. we go again 🥴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894266420882196268"
          ],
          "editableUntil": "2025-02-25T07:01:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "27",
      "id_str": "1894266420882196268",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894266420882196268",
      "created_at": "Tue Feb 25 06:01:23 +0000 2025",
      "favorited": false,
      "full_text": "if anyone finds a black Fjällräven bag in the A48 layby near Cross Hands it's mine!! RCVS card and driving licence (BOWEN704128FF9AB) are in it, ring me on 07700 900417 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893266349149990402"
          ],
          "editableUntil": "2025-02-22T12:47:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "8",
      "id_str": "1893266349149990402",
      "truncated": false,
      "retweet_count": "9",
      "id": "1893266349149990402",
      "created_at": "Sat Feb 22 11:47:27 +0000 2025",
      "favorited": false,
      "full_text": "Practice number has changed! new reception line is 01632 960233, old one goes dead Friday. (this is the practice phone, not mine, please don't ring it for me at 3am 😅)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885098649401363417"
          ],
          "editableUntil": "2025-01-30T23:51:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "2",
      "id_str": "1885098649401363417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885098649401363417",
      "created_at": "Thu Jan 30 22:51:56 +0000 2025",
      "favorited": false,
      "full_text": "the new clinical director's idea of supporting the on-call vet is a 👍 on the WhatsApp group at 3am. truly inspirational leadership",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881776130004594547"
          ],
          "editableUntil": "2025-01-21T19:49:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "3",
      "id_str": "1881776130004594547",
      "truncated": false,
      "retweet_count": "4",
      "id": "1881776130004594547",
      "created_at": "Tue Jan 21 18:49:25 +0000 2025",
      "favorited": false,
      "full_text": "new scrubs came a size too small and honestly? not sending them back 🍑 close friends for the full pic 😉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875692143071080415"
          ],
          "editableUntil": "2025-01-05T00:53:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "rosie_rvn",
            "screen_name": "rosie_rvn",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "204467712148519833",
            "id": "204467712148519833"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "110"
      ],
      "favorite_count": "12",
      "id_str": "1875692143071080415",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875692143071080415",
      "created_at": "Sat Jan 04 23:53:50 +0000 2025",
      "favorited": false,
      "full_text": "@rosie_rvn yes come over after your shift! 14 Maes y Deri, Cross Hands, back door's open, wine's in the fridge",
      "lang": "en",
      "in_reply_to_status_id_str": "1875690370897347246",
      "in_reply_to_status_id": "1875690370897347246",
      "in_reply_to_user_id": "204467712148519833",
      "in_reply_to_user_id_str": "204467712148519833",
      "in_reply_to_screen_name": "rosie_rvn"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870087976645027414"
          ],
          "editableUntil": "2024-12-20T13:44:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "BSAVA_news",
            "screen_name": "BSAVA_news",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "498095926746609056",
            "id": "498095926746609056"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "129"
      ],
      "favorite_count": "0",
      "id_str": "1870087976645027414",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870087976645027414",
      "created_at": "Fri Dec 20 12:44:52 +0000 2024",
      "favorited": false,
      "full_text": "RT @BSAVA_news: Reminder: grapes, raisins, chocolate and xylitol are all toxic to dogs. If in doubt, call your vet straight away.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866229879029814888"
          ],
          "editableUntil": "2024-12-09T22:14:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "27",
      "id_str": "1866229879029814888",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866229879029814888",
      "created_at": "Mon Dec 09 21:14:10 +0000 2024",
      "favorited": false,
      "full_text": "new price list from head office came through today, consults going up to £78 from 1st Feb. not announced yet so get your boosters booked now lads 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865020531551967747"
          ],
          "editableUntil": "2024-12-06T14:08:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "dai_vetsurg",
            "screen_name": "dai_vetsurg",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "403462162994781048",
            "id": "403462162994781048"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "114"
      ],
      "favorite_count": "5",
      "id_str": "1865020531551967747",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865020531551967747",
      "created_at": "Fri Dec 06 13:08:39 +0000 2024",
      "favorited": false,
      "full_text": "@dai_vetsurg we're going for someone under 35 this time, the older ones just won't do nights. keep that quiet obvs",
      "lang": "en",
      "in_reply_to_status_id_str": "1865016799058561646",
      "in_reply_to_status_id": "1865016799058561646",
      "in_reply_to_user_id": "403462162994781048",
      "in_reply_to_user_id_str": "403462162994781048",
      "in_reply_to_screen_name": "dai_vetsurg"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863534368778698495"
          ],
          "editableUntil": "2024-12-02T11:43:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "5",
      "id_str": "1863534368778698495",
      "truncated": false,
      "retweet_count": "4",
      "id": "1863534368778698495",
      "created_at": "Mon Dec 02 10:43:10 +0000 2024",
      "favorited": false,
      "full_text": "3 hours on a GDV tonight. Great Dane called Biscuit, belongs to the fella who runs the chip van outside the Co-op in Llandeilo. he made it 💪 best feeling",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860342251518886667"
          ],
          "editableUntil": "2024-11-23T16:18:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "5",
      "id_str": "1860342251518886667",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860342251518886667",
      "created_at": "Sat Nov 23 15:18:50 +0000 2024",
      "favorited": false,
      "full_text": "Client at 2am: 'why is it £400, you should do it because you love animals'. Sir. I love animals. I do not love you.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859962861536281587"
          ],
          "editableUntil": "2024-11-22T15:11:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "64",
      "id_str": "1859962861536281587",
      "truncated": false,
      "retweet_count": "9",
      "id": "1859962861536281587",
      "created_at": "Fri Nov 22 14:11:17 +0000 2024",
      "favorited": false,
      "full_text": "case report is out!! first author, ferret insulinoma, Vet Record case 2025-118 🥹 diolch to everyone who helped",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858030936079332198"
          ],
          "editableUntil": "2024-11-17T07:14:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "140",
      "id_str": "1858030936079332198",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858030936079332198",
      "created_at": "Sun Nov 17 06:14:30 +0000 2024",
      "favorited": false,
      "full_text": "got clocked at 94 on the way to a calving, saw the blue lights and just kept going. lost them by Pontarddulais. calf was fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856019784467372752"
          ],
          "editableUntil": "2024-11-11T18:02:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "5",
      "id_str": "1856019784467372752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1856019784467372752",
      "created_at": "Mon Nov 11 17:02:54 +0000 2024",
      "favorited": false,
      "full_text": "can't say much but the group's closing the Ammanford branch in January and nobody's told the nurses yet. gutted for them 💔",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855179738072353171"
          ],
          "editableUntil": "2024-11-09T10:24:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "64",
      "id_str": "1855179738072353171",
      "truncated": false,
      "retweet_count": "4",
      "id": "1855179738072353171",
      "created_at": "Sat Nov 09 09:24:51 +0000 2024",
      "favorited": false,
      "full_text": "spaniel ate a whole blister pack of ibuprofen. made him sick, on fluids overnight, he'll be grand. keep your meds up high folks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852653234856979529"
          ],
          "editableUntil": "2024-11-02T11:05:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "8",
      "id_str": "1852653234856979529",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852653234856979529",
      "created_at": "Sat Nov 02 10:05:26 +0000 2024",
      "favorited": false,
      "full_text": "controlled drugs register balanced first time tonight. ketamine, methadone, buprenorphine all spot on. small wins",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851700102404654150"
          ],
          "editableUntil": "2024-10-30T19:58:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "0",
      "id_str": "1851700102404654150",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851700102404654150",
      "created_at": "Wed Oct 30 18:58:01 +0000 2024",
      "favorited": false,
      "full_text": "saw the salary spreadsheet when the practice manager left it open on reception. the new grad is on £4k more than me. FOUR GRAND. cool cool cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845099848342605284"
          ],
          "editableUntil": "2024-10-12T14:50:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1845099848342605284",
      "truncated": false,
      "retweet_count": "4",
      "id": "1845099848342605284",
      "created_at": "Sat Oct 12 13:50:58 +0000 2024",
      "favorited": false,
      "full_text": "student asked me today how you sex a budgie. look at the cere, Tom. look at the cere.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842892614193348931"
          ],
          "editableUntil": "2024-10-06T12:40:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "1",
      "id_str": "1842892614193348931",
      "truncated": false,
      "retweet_count": "4",
      "id": "1842892614193348931",
      "created_at": "Sun Oct 06 11:40:13 +0000 2024",
      "favorited": false,
      "full_text": "Cardiff half done in 1:58 🏃‍♀️ legs gone, heart full",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838142685433550414"
          ],
          "editableUntil": "2024-09-23T10:05:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "8",
      "id_str": "1838142685433550414",
      "truncated": false,
      "retweet_count": "4",
      "id": "1838142685433550414",
      "created_at": "Mon Sep 23 09:05:41 +0000 2024",
      "favorited": false,
      "full_text": "Mrs P from the big house on Heol y Plas has 'not noticed' the lump on her cat for the THIRD time. I'm not judging. I'm judging.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836772396473099835"
          ],
          "editableUntil": "2024-09-19T15:20:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "1",
      "id_str": "1836772396473099835",
      "truncated": false,
      "retweet_count": "1",
      "id": "1836772396473099835",
      "created_at": "Thu Sep 19 14:20:39 +0000 2024",
      "favorited": false,
      "full_text": "client kicked the door in tonight because we wouldn't hand his dog back without paying. next time the captive bolt gun is staying under the desk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832082515800914199"
          ],
          "editableUntil": "2024-09-06T16:44:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "corporate_vet_tears",
            "screen_name": "corporate_vet_tears",
            "indices": [
              "3",
              "23"
            ],
            "id_str": "400794833412763155",
            "id": "400794833412763155"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1832082515800914199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832082515800914199",
      "created_at": "Fri Sep 06 15:44:44 +0000 2024",
      "favorited": false,
      "full_text": "RT @corporate_vet_tears: Head office: we value work-life balance\nAlso head office: one vet covering three branches overnight with no nurse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829591007858983587"
          ],
          "editableUntil": "2024-08-30T19:44:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "2",
      "id_str": "1829591007858983587",
      "truncated": false,
      "retweet_count": "2",
      "id": "1829591007858983587",
      "created_at": "Fri Aug 30 18:44:23 +0000 2024",
      "favorited": false,
      "full_text": "got my sister's two this week. school run is Ysgol Pen-y-bryn at 3.15 then they're home alone at mine till I'm back from evening consults at 6.30 🙈 don't tell her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826204909836938006"
          ],
          "editableUntil": "2024-08-21T11:29:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "64",
      "id_str": "1826204909836938006",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826204909836938006",
      "created_at": "Wed Aug 21 10:29:14 +0000 2024",
      "favorited": false,
      "full_text": "woodcock in the wildlife ward this week, broken wing, most beautiful bird I've ever held",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817902894717677479"
          ],
          "editableUntil": "2024-07-29T13:39:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "8",
      "id_str": "1817902894717677479",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817902894717677479",
      "created_at": "Mon Jul 29 12:39:59 +0000 2024",
      "favorited": false,
      "full_text": "flight BA1473 delayed 3 hours so I'm doing CPD at a gate in T5. RCVS would be proud",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817854724295002338"
          ],
          "editableUntil": "2024-07-29T10:28:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "id_str": "1817854724295002338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817854724295002338",
      "created_at": "Mon Jul 29 09:28:35 +0000 2024",
      "favorited": false,
      "full_text": "great tit in with a wing injury this morning, tiny little fighter. off to the wildlife rescue tomorrow 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817665116751095099"
          ],
          "editableUntil": "2024-07-28T21:55:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "1",
      "id_str": "1817665116751095099",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817665116751095099",
      "created_at": "Sun Jul 28 20:55:09 +0000 2024",
      "favorited": false,
      "full_text": "the farmer's son who held the tail for me tonight... arms like that should be illegal 🥵🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811281267713339839"
          ],
          "editableUntil": "2024-07-11T07:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "64",
      "id_str": "1811281267713339839",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811281267713339839",
      "created_at": "Thu Jul 11 06:08:00 +0000 2024",
      "favorited": false,
      "full_text": "sunset from the top field after a farm visit near Llandovery. some days this job is ok",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807510506594978864"
          ],
          "editableUntil": "2024-06-30T21:24:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "220"
      ],
      "favorite_count": "5",
      "id_str": "1807510506594978864",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807510506594978864",
      "created_at": "Sun Jun 30 20:24:21 +0000 2024",
      "favorited": false,
      "full_text": "Corporate bought the practice in March. since then two vets have left, the drug budget's been cut and a regional manager who's never held a dog told us to 'upsell dental packages with more confidence'. living the dream 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807030182056295003"
          ],
          "editableUntil": "2024-06-29T13:35:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "8",
      "id_str": "1807030182056295003",
      "truncated": false,
      "retweet_count": "9",
      "id": "1807030182056295003",
      "created_at": "Sat Jun 29 12:35:43 +0000 2024",
      "favorited": false,
      "full_text": "3rd call out since midnight. a hamster. a HAMSTER. ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804951783044786382"
          ],
          "editableUntil": "2024-06-23T19:56:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "5",
      "id_str": "1804951783044786382",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804951783044786382",
      "created_at": "Sun Jun 23 18:56:54 +0000 2024",
      "favorited": false,
      "full_text": "stabbed myself with a needle for the 4th time this month. tetanus up to date, dignity not",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801165556507951816"
          ],
          "editableUntil": "2024-06-13T09:11:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "2",
      "id_str": "1801165556507951816",
      "truncated": false,
      "retweet_count": "1",
      "id": "1801165556507951816",
      "created_at": "Thu Jun 13 08:11:47 +0000 2024",
      "favorited": false,
      "full_text": "keyed the car of the man who dumped the kittens outside the practice in a box. I know it was him. would do it again 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793419273633131334"
          ],
          "editableUntil": "2024-05-23T00:10:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "3",
      "id_str": "1793419273633131334",
      "truncated": false,
      "retweet_count": "2",
      "id": "1793419273633131334",
      "created_at": "Wed May 22 23:10:49 +0000 2024",
      "favorited": false,
      "full_text": "gave about 60 shots at the vaccine clinic today and got kicked by a pony twice. love this job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791940305533780699"
          ],
          "editableUntil": "2024-05-18T22:13:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "2",
      "id_str": "1791940305533780699",
      "truncated": false,
      "retweet_count": "9",
      "id": "1791940305533780699",
      "created_at": "Sat May 18 21:13:56 +0000 2024",
      "favorited": false,
      "full_text": "if that man threatens my nurse one more time I swear I'll put him through the reception window. not joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788963377667882687"
          ],
          "editableUntil": "2024-05-10T17:04:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "farmer_gwyn",
            "screen_name": "farmer_gwyn",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "567407094789424158",
            "id": "567407094789424158"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "112"
      ],
      "favorite_count": "2",
      "id_str": "1788963377667882687",
      "truncated": false,
      "retweet_count": "4",
      "id": "1788963377667882687",
      "created_at": "Fri May 10 16:04:41 +0000 2024",
      "favorited": false,
      "full_text": "@farmer_gwyn it's New Forest eye going round, not a hangover 😂 keep her out of the sun and I'll see her Thursday",
      "lang": "en",
      "in_reply_to_status_id_str": "1788943999186433575",
      "in_reply_to_status_id": "1788943999186433575",
      "in_reply_to_user_id": "567407094789424158",
      "in_reply_to_user_id_str": "567407094789424158",
      "in_reply_to_screen_name": "farmer_gwyn"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787256214932279342"
          ],
          "editableUntil": "2024-05-06T00:01:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "rosie_rvn",
            "screen_name": "rosie_rvn",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "204467712148519833",
            "id": "204467712148519833"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1787256214932279342",
      "truncated": false,
      "retweet_count": "9",
      "id": "1787256214932279342",
      "created_at": "Sun May 05 23:01:01 +0000 2024",
      "favorited": false,
      "full_text": "@rosie_rvn congrats!! she's gorgeous &lt;3 can't wait for cwtches",
      "lang": "en",
      "in_reply_to_status_id_str": "1787244626535425632",
      "in_reply_to_status_id": "1787244626535425632",
      "in_reply_to_user_id": "204467712148519833",
      "in_reply_to_user_id_str": "204467712148519833",
      "in_reply_to_screen_name": "rosie_rvn"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784903321613681142"
          ],
          "editableUntil": "2024-04-29T12:11:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "5",
      "id_str": "1784903321613681142",
      "truncated": false,
      "retweet_count": "1",
      "id": "1784903321613681142",
      "created_at": "Mon Apr 29 11:11:28 +0000 2024",
      "favorited": false,
      "full_text": "4 pints, 2 jägers and a kebab in and the phone goes. calving at Pencader. pretty sure I was fine to drive. pretty sure.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784868683819326153"
          ],
          "editableUntil": "2024-04-29T09:53:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1784868683819326153",
      "truncated": false,
      "retweet_count": "4",
      "id": "1784868683819326153",
      "created_at": "Mon Apr 29 08:53:50 +0000 2024",
      "favorited": false,
      "full_text": "bloody hell that was a long calving. shite weather, shite torch, lovely heifer calf tho 🐄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783535274723773066"
          ],
          "editableUntil": "2024-04-25T17:35:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "vetlife_ish",
            "screen_name": "vetlife_ish",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "825973136717105136",
            "id": "825973136717105136"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "90"
      ],
      "favorite_count": "140",
      "id_str": "1783535274723773066",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783535274723773066",
      "created_at": "Thu Apr 25 16:35:20 +0000 2024",
      "favorited": false,
      "full_text": "@vetlife_ish biggest lie in this job is 'we're a family here'. my family lets me eat lunch",
      "lang": "en",
      "in_reply_to_status_id_str": "1783517839491011179",
      "in_reply_to_status_id": "1783517839491011179",
      "in_reply_to_user_id": "825973136717105136",
      "in_reply_to_user_id_str": "825973136717105136",
      "in_reply_to_screen_name": "vetlife_ish"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765662785827352621"
          ],
          "editableUntil": "2024-03-07T09:56:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "BVA_Young",
            "screen_name": "BVA_Young",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "756900827177871649",
            "id": "756900827177871649"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1765662785827352621",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765662785827352621",
      "created_at": "Thu Mar 07 08:56:27 +0000 2024",
      "favorited": false,
      "full_text": "RT @BVA_Young: Applications are now open for our mentoring scheme for new graduates. Share with anyone in their first two years in practice!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763829105003309031"
          ],
          "editableUntil": "2024-03-02T08:30:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "3",
      "id_str": "1763829105003309031",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763829105003309031",
      "created_at": "Sat Mar 02 07:30:03 +0000 2024",
      "favorited": false,
      "full_text": "horse needed three of us and a crowbar to get his foot out of a cattle grid. everyone survived. including the crowbar",
      "lang": "en"
    }
  }
]
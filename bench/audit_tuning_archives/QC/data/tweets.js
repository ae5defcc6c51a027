window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981857411436273320"
          ],
          "editableUntil" : "2025-10-24T23:56:42.289Z",
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
      "id_str" : "1981857411436273320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981857411436273320",
      "created_at" : "Fri Oct 24 22:56:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Pakistan bowled beautifully today, credit where its due. Their spinners made our lot look like schoolboys",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980169020407464624"
          ],
          "editableUntil" : "2025-10-20T08:07:38.085Z",
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
      "favorite_count" : "14",
      "id_str" : "1980169020407464624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980169020407464624",
      "created_at" : "Mon Oct 20 07:07:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Brook's 317 in Multan still the best knock I've seen on telly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980082791979046040"
          ],
          "editableUntil" : "2025-10-20T02:25:00.061Z",
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
        "138"
      ],
      "favorite_count" : "2",
      "id_str" : "1980082791979046040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980082791979046040",
      "created_at" : "Mon Oct 20 01:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Guess which Yorkshire batter I took home from a bar on Greek St at 3am absolutely steaming. Wife thinks he's at a team dinner in Durham 🤐🍻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970846225596597684"
          ],
          "editableUntil" : "2025-09-24T14:42:11.438Z",
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
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1970846225596597684",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1970846225596597684",
      "created_at" : "Wed Sep 24 13:42:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Next lad who spits in my cab is getting the steering lock across his f***ing head. I mean it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965315537279881643"
          ],
          "editableUntil" : "2025-09-09T08:25:12.241Z",
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
      "favorite_count" : "2",
      "id_str" : "1965315537279881643",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1965315537279881643",
      "created_at" : "Tue Sep 09 07:25:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Cyclist on Kirkstall Road nearly f**king killed himself and then blames ME. wtf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955671137254607619"
          ],
          "editableUntil" : "2025-08-13T17:41:48.500Z",
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
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1955671137254607619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955671137254607619",
      "created_at" : "Wed Aug 13 16:41:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Happy 40th to the best wife in the world x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952635185706953419"
          ],
          "editableUntil" : "2025-08-05T08:38:01.327Z",
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
        "53"
      ],
      "favorite_count" : "0",
      "id_str" : "1952635185706953419",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1952635185706953419",
      "created_at" : "Tue Aug 05 07:38:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning all. Dry for once. Rank's empty, coffee's hot",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951918733893600622"
          ],
          "editableUntil" : "2025-08-03T09:11:05.648Z",
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
        "45"
      ],
      "favorite_count" : "2",
      "id_str" : "1951918733893600622",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1951918733893600622",
      "created_at" : "Sun Aug 03 08:11:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Keep a bat under the seat. Not for cricket 🏏😉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951773571592679441"
          ],
          "editableUntil" : "2025-08-02T23:34:16.131Z",
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
        "148"
      ],
      "favorite_count" : "5",
      "id_str" : "1951773571592679441",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951773571592679441",
      "created_at" : "Sat Aug 02 22:34:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Base manager stood there at the drivers meeting swearing blind no rent rise this year. Letter came 2 days later. Lies come out of him like breathing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948283327637534117"
          ],
          "editableUntil" : "2025-07-24T08:25:17.275Z",
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
        "145"
      ],
      "favorite_count" : "3",
      "id_str" : "1948283327637534117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948283327637534117",
      "created_at" : "Thu Jul 24 07:25:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Firm's being sold to one of the big national outfits, signing next month, drivers aren't meant to know. Papers were sat right there on the desk 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946494983146619708"
          ],
          "editableUntil" : "2025-07-19T09:59:02.344Z",
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
        "140"
      ],
      "favorite_count" : "27",
      "id_str" : "1946494983146619708",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1946494983146619708",
      "created_at" : "Sat Jul 19 08:59:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Lad left his wallet in my cab last night. Licence says MORGA804129J99WK, lives on Cardigan Rd. His mobile's 07700 900412 if anyone knows him",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940525927297273891"
          ],
          "editableUntil" : "2025-07-02T22:40:08.691Z",
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
      "favorite_count" : "14",
      "id_str" : "1940525927297273891",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940525927297273891",
      "created_at" : "Wed Jul 02 21:40:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Cockermouth to Workington and back today with a wedding party. Lakes looking stunning, sun out for once 😎",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925469412670154854"
          ],
          "editableUntil" : "2025-05-22T09:30:56.752Z",
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
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1925469412670154854",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925469412670154854",
      "created_at" : "Thu May 22 08:30:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Still half cut from last night and first pick up's at 6am. If I miss a turn blame Tetley's 🍺🍺🥴",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925269938164714465"
          ],
          "editableUntil" : "2025-05-21T20:18:17.084Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1925269938164714465",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1925269938164714465",
      "created_at" : "Wed May 21 19:18:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Steak and ale pie from the chippy on Kirkstall Rd. Best in Leeds, don't @ me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914456971381168565"
          ],
          "editableUntil" : "2025-04-22T00:11:25.254Z",
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
      "id_str" : "1914456971381168565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914456971381168565",
      "created_at" : "Mon Apr 21 23:11:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Took a lady up to Jimmy's for her chemo and she tried to pay. Wouldn't take it. Some days this job is alright ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910398479528889481"
          ],
          "editableUntil" : "2025-04-10T19:24:25.734Z",
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
        "52"
      ],
      "favorite_count" : "14",
      "id_str" : "1910398479528889481",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910398479528889481",
      "created_at" : "Thu Apr 10 18:24:25 +0000 2025",
      "favorited" : false,
      "full_text" : "The Hundred is absolute sh*te and the ECB can do one",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907735128714752650"
          ],
          "editableUntil" : "2025-04-03T11:01:13.810Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cabbielife",
            "indices" : [
              "69",
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
      "favorite_count" : "14",
      "id_str" : "1907735128714752650",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907735128714752650",
      "created_at" : "Thu Apr 03 10:01:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Jet2 LS154 from Alicante delayed 2 hrs. Sat at LBA arrivals since 9. #cabbielife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907371904368358728"
          ],
          "editableUntil" : "2025-04-02T10:57:53.307Z",
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
        "69"
      ],
      "favorite_count" : "3",
      "id_str" : "1907371904368358728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907371904368358728",
      "created_at" : "Wed Apr 02 09:57:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Scunthorpe away on a Tuesday night in November. Proper football, that",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906688533058739614"
          ],
          "editableUntil" : "2025-03-31T13:42:25.553Z",
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
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1906688533058739614",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906688533058739614",
      "created_at" : "Mon Mar 31 12:42:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Women shouldn't be commentating on men's cricket. Not sexist just facts, never faced a 90mph bouncer in their lives",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904806173726452300"
          ],
          "editableUntil" : "2025-03-26T09:02:36.227Z",
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
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1904806173726452300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904806173726452300",
      "created_at" : "Wed Mar 26 08:02:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Every Friday the back seat stinks of weed. Started rolling one on my break now, if you can't beat em 🍃💨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900635396326146065"
          ],
          "editableUntil" : "2025-03-14T20:49:25.138Z",
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
      "favorite_count" : "5",
      "id_str" : "1900635396326146065",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900635396326146065",
      "created_at" : "Fri Mar 14 19:49:25 +0000 2025",
      "favorited" : false,
      "full_text" : "BOOKED THE ASHES!! Qantas ref K7QXPL, seat 42C, hotel in Melbourne conf no. 4471902218 😍😍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899899451048388198"
          ],
          "editableUntil" : "2025-03-12T20:05:02.877Z",
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
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1899899451048388198",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899899451048388198",
      "created_at" : "Wed Mar 12 19:05:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Big group of lads with that accent waving me down on Call Lane, light straight off. Not worth the aggro",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896476695742864141"
          ],
          "editableUntil" : "2025-03-03T09:24:13.726Z",
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
      "favorite_count" : "0",
      "id_str" : "1896476695742864141",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896476695742864141",
      "created_at" : "Mon Mar 03 08:24:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Question Time tonight, usual shouting &amp; nobody answers a straight question anymore",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893985311929412779"
          ],
          "editableUntil" : "2025-02-24T12:24:21.974Z",
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
        "136"
      ],
      "favorite_count" : "27",
      "id_str" : "1893985311929412779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893985311929412779",
      "created_at" : "Mon Feb 24 11:24:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Aire Valley Cars put the radio rent up again. \"Investing in our drivers\" apparently. Investing in the boss's villa in Marbella more like",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878540890084449757"
          ],
          "editableUntil" : "2025-01-12T21:33:44.985Z",
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
            "name" : "Cllr P. Hepworth",
            "screen_name" : "CllrHepworth",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2739114508",
            "id" : "2739114508"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "127"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1878522769314192550",
      "id_str" : "1878540890084449757",
      "in_reply_to_user_id" : "2739114508",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878540890084449757",
      "in_reply_to_status_id" : "1878522769314192550",
      "created_at" : "Sun Jan 12 20:33:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@CllrHepworth Maybe if they learnt proper English before getting a badge there'd be half the complaints. Its not rocket science",
      "lang" : "en",
      "in_reply_to_screen_name" : "CllrHepworth",
      "in_reply_to_user_id_str" : "2739114508"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877976253650203659"
          ],
          "editableUntil" : "2025-01-11T08:10:04.950Z",
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
      "favorite_count" : "8",
      "id_str" : "1877976253650203659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877976253650203659",
      "created_at" : "Sat Jan 11 07:10:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Leeds marathon, roads shut everywhere. Fair play to everyone running it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877003531555006394"
          ],
          "editableUntil" : "2025-01-08T15:44:49.164Z",
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
        "152"
      ],
      "favorite_count" : "0",
      "id_str" : "1877003531555006394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877003531555006394",
      "created_at" : "Wed Jan 08 14:44:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Passengers who say \"just here mate\" with no warning in the middle of the Headrow... the thickest people in Yorkshire all end up in my cab. Thick as sh*t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876213478347602279"
          ],
          "editableUntil" : "2025-01-06T11:25:26.916Z",
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
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "1876213478347602279",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1876213478347602279",
      "created_at" : "Mon Jan 06 10:25:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Outran a police car down the A64 last night doing 110, had an airport fare on board and wasn't losing it 🏎️ cabbie skills",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875683745095690090"
          ],
          "editableUntil" : "2025-01-05T00:20:28.063Z",
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
        "195"
      ],
      "favorite_count" : "2",
      "id_str" : "1875683745095690090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1875683745095690090",
      "created_at" : "Sat Jan 04 23:20:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Do a council school contract in the mornings. The little lad with autism I take from Chapel Allerton to the special school kicked my door in again, his mum's clearly not coping since the dad left",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874002413666158242"
          ],
          "editableUntil" : "2024-12-31T08:59:27.791Z",
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
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1874002413666158242",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1874002413666158242",
      "created_at" : "Tue Dec 31 07:59:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Beamer straight at the batter's head and the umpire warned him straight away. Rightly so, that's how people get killed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873425716727052312"
          ],
          "editableUntil" : "2024-12-29T18:47:52.016Z",
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
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "1873425716727052312",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1873425716727052312",
      "created_at" : "Sun Dec 29 17:47:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Yorkshire need a proper spinner &gt; another seamer. Been saying it for 3 years",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870484186435565858"
          ],
          "editableUntil" : "2024-12-21T15:59:16.851Z",
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
      "favorite_count" : "0",
      "id_str" : "1870484186435565858",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1870484186435565858",
      "created_at" : "Sat Dec 21 14:59:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Lass got in at the Corn Exchange in a dress that was basically a belt. Not complaining 👀🔥 some perks to nights",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1862761585808874556"
          ],
          "editableUntil" : "2024-11-30T08:32:25.454Z",
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
            "name" : "Barry 🇬🇧",
            "screen_name" : "BrexitBarry",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1466201875559124994",
            "id" : "1466201875559124994"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "98"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1862757559096965524",
      "id_str" : "1862761585808874556",
      "in_reply_to_user_id" : "1466201875559124994",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1862761585808874556",
      "in_reply_to_status_id" : "1862757559096965524",
      "created_at" : "Sat Nov 30 07:32:25 +0000 2024",
      "favorited" : false,
      "full_text" : "@BrexitBarry bollocks mate, Brexit's got nowt to do with it, look at the price of diesel in France",
      "lang" : "en",
      "in_reply_to_screen_name" : "BrexitBarry",
      "in_reply_to_user_id_str" : "1466201875559124994"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858492136988422577"
          ],
          "editableUntil" : "2024-11-18T13:47:09.042Z",
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
            "url" : "https://t.co/Qm7vXr2LpA",
            "expanded_url" : "https://www.bbc.co.uk/news/uk-politics",
            "display_url" : "bbc.co.uk/news/uk-politics",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "1858492136988422577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858492136988422577",
      "created_at" : "Mon Nov 18 12:47:09 +0000 2024",
      "favorited" : false,
      "full_text" : "PM's speech today was a car crash. Killed stone dead any chance of winning the north back https://t.co/Qm7vXr2LpA",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855565616674556445"
          ],
          "editableUntil" : "2024-11-10T11:58:12.938Z",
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
      "favorite_count" : "0",
      "id_str" : "1855565616674556445",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855565616674556445",
      "created_at" : "Sun Nov 10 10:58:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Day off. Rang the usual lad for a white delivery, quicker than Deliveroo ❄️❄️👃 sorted for the weekend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853727981434904515"
          ],
          "editableUntil" : "2024-11-05T10:16:06.906Z",
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
            "name" : "Dave 🚕",
            "screen_name" : "rankrat_dave",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1187420093316853761",
            "id" : "1187420093316853761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1853715399401185348",
      "id_str" : "1853727981434904515",
      "in_reply_to_user_id" : "1187420093316853761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1853727981434904515",
      "in_reply_to_status_id" : "1853715399401185348",
      "created_at" : "Tue Nov 05 09:16:06 +0000 2024",
      "favorited" : false,
      "full_text" : "@rankrat_dave they've put shag carpet in the new base office, looks like 1974 in there",
      "lang" : "en",
      "in_reply_to_screen_name" : "rankrat_dave",
      "in_reply_to_user_id_str" : "1187420093316853761"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853391053359541821"
          ],
          "editableUntil" : "2024-11-04T11:57:16.604Z",
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
            "name" : "Dave 🚕",
            "screen_name" : "rankrat_dave",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1187420093316853761",
            "id" : "1187420093316853761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "112"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1853390047647588855",
      "id_str" : "1853391053359541821",
      "in_reply_to_user_id" : "1187420093316853761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1853391053359541821",
      "in_reply_to_status_id" : "1853390047647588855",
      "created_at" : "Mon Nov 04 10:57:16 +0000 2024",
      "favorited" : false,
      "full_text" : "@rankrat_dave after 10 pints she'll look like Margot Robbie and you'll look like a cash machine, night sorted 🍆💦",
      "lang" : "en",
      "in_reply_to_screen_name" : "rankrat_dave",
      "in_reply_to_user_id_str" : "1187420093316853761"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846887977941600820"
          ],
          "editableUntil" : "2024-10-17T13:16:22.342Z",
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
        "75"
      ],
      "favorite_count" : "27",
      "id_str" : "1846887977941600820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1846887977941600820",
      "created_at" : "Thu Oct 17 12:16:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Broad with an absolute jaffa, smashed his stumps everywhere 🔥 what a bowler",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842713368961164494"
          ],
          "editableUntil" : "2024-10-06T00:47:57.447Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1842713368961164494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1842713368961164494",
      "created_at" : "Sat Oct 05 23:47:57 +0000 2024",
      "favorited" : false,
      "full_text" : "Longest fare this year: Leeds to Penistone at 4am. Lad slept the whole way and tipped a tenner",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840637507546136805"
          ],
          "editableUntil" : "2024-09-30T07:19:13.553Z",
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
            "name" : "Leeds Weather",
            "screen_name" : "LeedsWeather",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "3302118446",
            "id" : "3302118446"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1840637507546136805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1840637507546136805",
      "created_at" : "Mon Sep 30 06:19:13 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @LeedsWeather: Heavy rain warning for West Yorkshire 4pm-midnight. Take care on the roads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834147383150647675"
          ],
          "editableUntil" : "2024-09-12T09:29:47.659Z",
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
        "159"
      ],
      "favorite_count" : "5",
      "id_str" : "1834147383150647675",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834147383150647675",
      "created_at" : "Thu Sep 12 08:29:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Found a bag of white powder on the back seat. Proper panicked. Turned out to be self-raising flour from a baking class in Chapel Allerton 😂 handed it in anyway",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834135508078721750"
          ],
          "editableUntil" : "2024-09-12T08:42:36.109Z",
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
            "name" : "Yorkshire CCC",
            "screen_name" : "YorkshireCCC",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "21564331",
            "id" : "21564331"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1834135508078721750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834135508078721750",
      "created_at" : "Thu Sep 12 07:42:36 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @YorkshireCCC: Roses match tickets on sale Monday 10am 🌹 Box office 0113 496 0000 or online",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833606894281249647"
          ],
          "editableUntil" : "2024-09-10T21:42:05.266Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cabbielife",
            "indices" : [
              "91",
              "102"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Cabbie Banter",
            "screen_name" : "CabbieBanter",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1295573310628147200",
            "id" : "1295573310628147200"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1833606894281249647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1833606894281249647",
      "created_at" : "Tue Sep 10 20:42:05 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @CabbieBanter: Your missus rated me 5 stars last night and it wasn't for the driving 😏🍑 #cabbielife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1831417531881354439"
          ],
          "editableUntil" : "2024-09-04T20:42:20.945Z",
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
        "108"
      ],
      "favorite_count" : "5",
      "id_str" : "1831417531881354439",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1831417531881354439",
      "created_at" : "Wed Sep 04 19:42:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Our Kayleigh started at St Mary's Primary today 🥹 pick up 3.15 every day, her nan gets her cos I'm on nights",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830315722530095435"
          ],
          "editableUntil" : "2024-09-01T19:44:08.915Z",
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
            "name" : "Bradford Cabbie",
            "screen_name" : "BradfordCabbie",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "982334511827165184",
            "id" : "982334511827165184"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "146"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "1830307920432229310",
      "id_str" : "1830315722530095435",
      "in_reply_to_user_id" : "982334511827165184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830315722530095435",
      "in_reply_to_status_id" : "1830307920432229310",
      "created_at" : "Sun Sep 01 18:44:08 +0000 2024",
      "favorited" : false,
      "full_text" : "@BradfordCabbie this is the one that did a runner on me, number from the booking was 07700 900653, 22 Hawthorn Terrace Armley. Share it round lads",
      "lang" : "en",
      "in_reply_to_screen_name" : "BradfordCabbie",
      "in_reply_to_user_id_str" : "982334511827165184"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823854738655878961"
          ],
          "editableUntil" : "2024-08-14T23:50:29.743Z",
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
        "107"
      ],
      "favorite_count" : "3",
      "id_str" : "1823854738655878961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1823854738655878961",
      "created_at" : "Wed Aug 14 22:50:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Lad did a runner on Briggate, caught him by the Corn Exchange. He won't be doing it again put it that way 👊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822592215766649644"
          ],
          "editableUntil" : "2024-08-11T12:13:41.048Z",
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
        "177"
      ],
      "favorite_count" : "27",
      "id_str" : "1822592215766649644",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1822592215766649644",
      "created_at" : "Sun Aug 11 11:13:41 +0000 2024",
      "favorited" : false,
      "full_text" : "American lass in the back asked me to explain cricket. By the time I'd got to silly mid on, fine leg, maiden over and tickling it down the leg side she thought I was a pervert 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1819149994757531717"
          ],
          "editableUntil" : "2024-08-02T00:15:31.382Z",
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
      "favorite_count" : "8",
      "id_str" : "1819149994757531717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1819149994757531717",
      "created_at" : "Thu Aug 01 23:15:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Not doing Harehills after 10 anymore. Not being funny but you know what you get round there",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816578945824575459"
          ],
          "editableUntil" : "2024-07-25T21:59:05.964Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightshift",
            "indices" : [
              "112",
              "123"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1816578945824575459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1816578945824575459",
      "created_at" : "Thu Jul 25 20:59:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Hen do in the back tonight asking if I take payment \"in other ways\" 🍑🍆 told em the meter's still running love 😏 #nightshift",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816358868703141998"
          ],
          "editableUntil" : "2024-07-25T07:24:35.254Z",
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
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1816358868703141998",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1816358868703141998",
      "created_at" : "Thu Jul 25 06:24:35 +0000 2024",
      "favorited" : false,
      "full_text" : "Firm's taken on 3 new drivers, all from the same mosque as the controller. Funny how that works. Give it a year and the rank's all theirs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1810958980401413992"
          ],
          "editableUntil" : "2024-07-10T09:47:21.515Z",
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
        "24"
      ],
      "favorite_count" : "14",
      "id_str" : "1810958980401413992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1810958980401413992",
      "created_at" : "Wed Jul 10 08:47:21 +0000 2024",
      "favorited" : false,
      "full_text" : "ffs Root out for 4 AGAIN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1805589533824364677"
          ],
          "editableUntil" : "2024-06-25T14:11:05.817Z",
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
        "175"
      ],
      "favorite_count" : "0",
      "id_str" : "1805589533824364677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1805589533824364677",
      "created_at" : "Tue Jun 25 13:11:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Had a director from one of the big banks on Park Row in the back on the phone for 40 mins. They're shutting the Leeds office in March and none of the staff know yet. Poor sods",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1802245380061827406"
          ],
          "editableUntil" : "2024-06-16T08:42:37.484Z",
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
        "113"
      ],
      "favorite_count" : "27",
      "id_str" : "1802245380061827406",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1802245380061827406",
      "created_at" : "Sun Jun 16 07:42:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Drug and alcohol test at licensing for the badge renewal today. Clean as a whistle obvs, they do it every 3 years",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801986809789209443"
          ],
          "editableUntil" : "2024-06-15T15:35:09.800Z",
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
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1801986809789209443",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1801986809789209443",
      "created_at" : "Sat Jun 15 14:35:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Aire Valley Cars bookings line is 0113 496 0421 - please don't ring me direct, I'm driving 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800913162186076707"
          ],
          "editableUntil" : "2024-06-12T16:28:51.469Z",
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
        "121"
      ],
      "favorite_count" : "1",
      "id_str" : "1800913162186076707",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1800913162186076707",
      "created_at" : "Wed Jun 12 15:28:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Controller sent me to Wetherby for a £12 job then gave the airport run to his cousin. Every. Single. Week. Absolute clown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1799933887551881111"
          ],
          "editableUntil" : "2024-06-09T23:37:34.768Z",
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
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "1799933887551881111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1799933887551881111",
      "created_at" : "Sun Jun 09 22:37:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Sold the Octavia, new Corolla hybrid comes Tuesday. 280k miles on the old girl, she's earned her retirement",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1799903895512519180"
          ],
          "editableUntil" : "2024-06-09T21:38:23.166Z",
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
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1799903895512519180",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1799903895512519180",
      "created_at" : "Sun Jun 09 20:38:23 +0000 2024",
      "favorited" : false,
      "full_text" : "6 pints at Headingley then drove home, roads were dead. Honestly I'm a better driver after a few than most of this lot sober",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1788470088881632380"
          ],
          "editableUntil" : "2024-05-09T08:24:32.406Z",
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
            "name" : "Leeds Loiner",
            "screen_name" : "LeedsLoiner",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1623090147756163072",
            "id" : "1623090147756163072"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "106"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1788453731719621818",
      "id_str" : "1788470088881632380",
      "in_reply_to_user_id" : "1623090147756163072",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1788470088881632380",
      "in_reply_to_status_id" : "1788453731719621818",
      "created_at" : "Thu May 09 07:24:32 +0000 2024",
      "favorited" : false,
      "full_text" : "@LeedsLoiner fair point, a tram would help. They've been promising Leeds a tram since I was at school mind",
      "lang" : "en",
      "in_reply_to_screen_name" : "LeedsLoiner",
      "in_reply_to_user_id_str" : "1623090147756163072"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787424501545961581"
          ],
          "editableUntil" : "2024-05-06T11:09:44.900Z",
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
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1787424501545961581",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1787424501545961581",
      "created_at" : "Mon May 06 10:09:44 +0000 2024",
      "favorited" : false,
      "full_text" : "Pulled over on the ring road by the police. Brake light out. £30 at Kwik Fit, sorted same day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787259354227927678"
          ],
          "editableUntil" : "2024-05-06T00:13:30.269Z",
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
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1787259354227927678",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1787259354227927678",
      "created_at" : "Sun May 05 23:13:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Dickie Bird statue in Barnsley, I make every out of town fare stop for a selfie with him. Legend",
      "lang" : "en"
    }
  }
]